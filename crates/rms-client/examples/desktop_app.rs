//! A desktop application's licensing, start to finish. Copy this into your product.
//!
//! ```text
//! RMS_URL=https://licenses.example.com RMS_PRODUCT=photo-tool \
//! RMS_PUBLIC_KEY=<base64 from /api/v1/products/{id}/public-keys> RMS_LICENSE_KEY=RMS1-... \
//! cargo run -p rms-client --example desktop_app
//! ```
//!
//! In a real product the public key is a constant compiled into the binary and the license key
//! comes from the user (a dialog), stored in the app's data folder.

#![allow(clippy::print_stdout)]

use rms_client::{Client, Decision, Guard, PublicKeys, fingerprint};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let var = |name: &str| std::env::var(name).map_err(|_| format!("set {name}"));
    let (url, product, public_key, license_key) =
        (var("RMS_URL")?, var("RMS_PRODUCT")?, var("RMS_PUBLIC_KEY")?, var("RMS_LICENSE_KEY")?);
    // Pin the product's key(s): an answer signed by anything else is refused.
    let keys = PublicKeys::from_base64([("1", public_key.as_str())])?;
    let client = Client::new(&url, &product, keys);
    let machine = fingerprint::machine(&product);
    let data_dir = std::env::temp_dir().join(format!("{product}-license"));
    let guard = Guard::new(client.clone(), &license_key, &machine, &data_dir);

    // First start: take a seat. Activating again later is harmless (same machine, same seat).
    let activated = guard.activate(Some("My computer"), Some(std::env::consts::OS)).await?;
    if !activated.valid {
        println!("Not activated: {} ({})", activated.detail, activated.code);
        for a in activated.holders() {
            println!("  in use on: {} (last seen {})", a.name.as_deref().unwrap_or("unnamed"), a.last_seen_at);
        }
        return Ok(());
    }

    // Every start (and every few hours): online if possible, else the signed license file.
    match guard.check().await? {
        Decision::Online(answer) => {
            println!("Licensed ({}), offline grace until {:?}", answer.code, answer.offline_until)
        }
        Decision::Offline { until, .. } => println!("Server unreachable; licensed offline until {until}"),
        Decision::Refused(answer) => {
            println!("Not licensed here: {} ({})", answer.detail, answer.code);
            return Ok(());
        }
    }

    // Plans with heartbeats: send one every interval, chaining each answer's value into the next.
    if let Some(activation) = activated.activation.as_ref().map(|a| a.id) {
        let beat = client.heartbeat(&license_key, activation, None).await?;
        let next = client.heartbeat(&license_key, activation, beat.chain.as_deref()).await?;
        println!("Heartbeat: {}", next.code);
    }
    Ok(())
}
