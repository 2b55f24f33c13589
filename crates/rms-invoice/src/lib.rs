//! Invoice and credit-note PDFs, typeset with typst.
//!
//! The caller hands over an [`InvoiceDoc`] whose every text is already localised (labels, dates,
//! amounts in the buyer's locale); this crate only lays it out. The document reaches typst as a
//! JSON data file read by a fixed template, never spliced into markup, so no customer-supplied
//! text (a company name, say) can change the layout or run code.
//!
//! Fonts are read from files at run time ([`Fonts::load`], Noto by default) so the binary stays
//! small: one family per script (Latin, Cyrillic and Greek in Noto Sans; Arabic, Hebrew,
//! Armenian, Georgian, Devanagari, Thai; CJK in Noto Sans CJK). Output is deterministic: the same
//! document gives the same bytes, so a stored PDF's SHA-256 identifies it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

pub use rms_core::invoice::{InvoiceDoc, Line, Logo, LogoFormat, Party, Row};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The families the template asks for, in fallback order.
pub const FAMILIES: [&str; 8] = [
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans Devanagari",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
];

/// Where Debian puts the Noto fonts (`fonts-noto-core`, `fonts-noto-cjk`).
pub fn default_font_dirs() -> Vec<PathBuf> {
    vec![PathBuf::from("/usr/share/fonts/truetype/noto"), PathBuf::from("/usr/share/fonts/opentype/noto")]
}

#[derive(Debug, thiserror::Error)]
pub enum InvoiceError {
    #[error("no usable font in {0}: install Noto (fonts-noto-core, fonts-noto-cjk) or set RMS_FONT_DIRS")]
    NoFonts(String),
    #[error("the invoice did not typeset: {0}")]
    Typeset(String),
    #[error("the invoice data does not serialise: {0}")]
    Data(String),
}

/// One font file's faces, read when first used.
struct Slot {
    path: PathBuf,
    index: u32,
    font: OnceLock<Option<Font>>,
}

/// The fonts invoices are set in: their metadata up front, their bytes on first use.
pub struct Fonts {
    book: LazyHash<FontBook>,
    slots: Vec<Slot>,
}

impl Fonts {
    /// Reads the font metadata of the Noto Sans families in `dirs` (other files are skipped).
    pub fn load(dirs: &[PathBuf]) -> Result<Self, InvoiceError> {
        let mut book = FontBook::new();
        let mut slots = Vec::new();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for path in paths {
                if !wanted_file(&path) {
                    continue;
                }
                let Ok(data) = std::fs::read(&path) else { continue };
                for (index, info) in FontInfo::iter(&data).enumerate() {
                    if FAMILIES.iter().any(|f| info.family.eq_ignore_ascii_case(f)) {
                        book.push(info);
                        slots.push(Slot {
                            path: path.clone(),
                            index: u32::try_from(index).unwrap_or(0),
                            font: OnceLock::new(),
                        });
                    }
                }
            }
        }
        if slots.is_empty() {
            let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            return Err(InvoiceError::NoFonts(names.join(", ")));
        }
        Ok(Self { book: LazyHash::new(book), slots })
    }

    fn font(&self, index: usize) -> Option<Font> {
        let slot = self.slots.get(index)?;
        slot.font
            .get_or_init(|| {
                let data = std::fs::read(&slot.path).ok()?;
                Font::new(Bytes::new(data), slot.index)
            })
            .clone()
    }

    /// How many faces were found.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// Regular and bold Noto Sans files only: the directories hold hundreds of other faces.
fn wanted_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let ext_ok = [".ttf", ".otf", ".ttc"].iter().any(|e| name.ends_with(e));
    let weight_ok = name.contains("-Regular.") || name.contains("-Bold.");
    ext_ok && weight_ok && name.starts_with("NotoSans") && !name.contains("Mono") && !name.contains("Display")
}

const TEMPLATE: &str = include_str!("invoice.typ");

impl rms_core::invoice::InvoiceRenderer for Renderer {
    fn render(&self, doc: &InvoiceDoc) -> Result<Vec<u8>, String> {
        Renderer::render(self, doc).map_err(|e| e.to_string())
    }
}

/// Typesets invoices. Cheap to share; one per process.
#[derive(Clone)]
pub struct Renderer {
    library: Arc<LazyHash<Library>>,
    fonts: Arc<Fonts>,
}

/// A [`Renderer`] made on first use: reading the fonts' metadata takes a moment, and a process
/// that never renders an invoice should not pay for it. A failed load (no fonts installed yet) is
/// not remembered: the next invoice tries again, so installing the fonts needs no restart.
pub struct LazyRenderer {
    dirs: Vec<PathBuf>,
    made: Mutex<Option<Renderer>>,
}

impl LazyRenderer {
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Self { dirs, made: Mutex::new(None) }
    }

    fn renderer(&self) -> Result<Renderer, InvoiceError> {
        // Callers that arrive during the load wait for it rather than read the fonts again.
        let mut made = self.made.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(renderer) = made.as_ref() {
            return Ok(renderer.clone());
        }
        let renderer = Renderer::new(Fonts::load(&self.dirs)?);
        *made = Some(renderer.clone());
        Ok(renderer)
    }
}

impl rms_core::invoice::InvoiceRenderer for LazyRenderer {
    fn render(&self, doc: &InvoiceDoc) -> Result<Vec<u8>, String> {
        self.renderer().and_then(|r| r.render(doc)).map_err(|e| e.to_string())
    }
}

impl Renderer {
    pub fn new(fonts: Fonts) -> Self {
        Self { library: Arc::new(LazyHash::new(Library::default())), fonts: Arc::new(fonts) }
    }

    /// The PDF of `doc`.
    pub fn render(&self, doc: &InvoiceDoc) -> Result<Vec<u8>, InvoiceError> {
        let logo_path = doc.logo.as_ref().map(|l| format!("/logo.{}", l.format.extension()));
        let with_path = InvoiceDoc { logo_path: logo_path.clone(), ..doc.clone() };
        let data = serde_json::to_vec(&with_path).map_err(|e| InvoiceError::Data(e.to_string()))?;
        let (Some(main), Some(data_id)) = (file_id("/invoice.typ"), file_id("/data.json")) else {
            return Err(InvoiceError::Typeset("the template's file names do not parse".into()));
        };
        let logo = match (&doc.logo, logo_path.as_deref().and_then(file_id)) {
            (Some(l), Some(id)) => Some((id, Bytes::new(l.bytes.clone()))),
            _ => None,
        };
        let world = InvoiceWorld {
            library: &self.library,
            fonts: &self.fonts,
            main: Source::new(main, TEMPLATE.to_owned()),
            data_id,
            data: Bytes::new(data),
            logo,
        };
        let document: PagedDocument = typst::compile(&world).output.map_err(|d| InvoiceError::Typeset(describe(&d)))?;
        let options = typst_pdf::PdfOptions {
            ident: typst::foundations::Smart::Custom(doc.number.clone()),
            creator: typst::foundations::Smart::Custom(Some("RMS License Server".to_owned())),
            ..typst_pdf::PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|d| InvoiceError::Typeset(describe(&d)))
    }
}

fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct InvoiceWorld<'a> {
    library: &'a LazyHash<Library>,
    fonts: &'a Fonts,
    main: Source,
    data_id: FileId,
    data: Bytes,
    logo: Option<(FileId, Bytes)>,
}

impl World for InvoiceWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match &self.logo {
            _ if id == self.data_id => Ok(self.data.clone()),
            Some((logo_id, bytes)) if *logo_id == id => Ok(bytes.clone()),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    /// Invoices print their own dates; `today` stays unavailable so output never depends on it.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests;
