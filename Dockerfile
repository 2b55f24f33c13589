# syntax=docker/dockerfile:1.7
# RMS License Server: one image, three roles (`rms` alone, `rms serve`, `rms worker`).
#
#   docker build -t rms .
#   docker run -p 8080:8080 -v rms-data:/var/lib/rms rms        # the embedded default (SQLite)
#
# deploy/compose.yaml runs it at scale (PostgreSQL, Redis, two API nodes, two workers).

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

# ---- build ---------------------------------------------------------------------------------------
FROM rust:${RUST_VERSION}-slim-${DEBIAN_RELEASE} AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY crates ./crates
COPY locales ./locales
# The crate registry and the target directory are BuildKit cache mounts: dependencies are
# downloaded and compiled once and reused by every later build (a change of our code recompiles
# our crates only), while the image itself carries none of it.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin rms \
 && install -m 0755 target/release/rms /usr/local/bin/rms

# ---- runtime -------------------------------------------------------------------------------------
FROM debian:${DEBIAN_RELEASE}-slim AS runtime
# Noto fonts typeset invoices in every script (the CJK set included); CA certificates for SMTP,
# S3 and payment gateways over TLS; curl for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl fonts-noto-core fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 rms \
 && useradd --system --uid 10001 --gid rms --home-dir /var/lib/rms --shell /usr/sbin/nologin rms \
 && install -d -o rms -g rms -m 0750 /var/lib/rms /var/lib/rms/artifacts
COPY --from=build /usr/local/bin/rms /usr/local/bin/rms
USER rms:rms
WORKDIR /var/lib/rms
# MALLOC_ARENA_MAX: glibc keeps an allocator arena per busy thread (each SQLite connection is
# one); two arenas took a node's peak at a million activations from 95–104 to 88 MB at the
# same throughput on two cores (docs/performance.md). Raise or unset it on nodes with many cores.
ENV RMS_LISTEN=0.0.0.0:8080 \
    RMS_DATA_DIR=/var/lib/rms \
    RMS_LOG_FORMAT=json \
    MALLOC_ARENA_MAX=2
VOLUME ["/var/lib/rms"]
EXPOSE 8080
# Ready means the database (and Redis, when configured) answer: an orchestrator sends no traffic
# to a node that cannot serve it. A worker has no HTTP port unless RMS_METRICS_LISTEN gives one;
# compose.yaml points its check there.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/readyz >/dev/null || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/rms"]
CMD []
