//! The texts gateways sign when they do not sign the bytes they send: Cryptomus signs PHP's
//! `json_encode` of the body, NOWPayments JavaScript's `JSON.stringify` of the key-sorted body,
//! Plisio PHP's `serialize` of the sorted form fields (or `JSON.stringify` in received order).
//! Rebuilding them byte for byte needs the keys in the order received, which `serde_json::Value`
//! (a sorted map in this workspace) does not keep, hence this small ordered tree.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON document with its object members in the order they were received.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Json {
    #[default]
    Null,
    Bool(bool),
    /// Integers keep their exact value; other numbers are the f64 JavaScript and PHP would hold.
    Int(i128),
    Float(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses `bytes` as one JSON document.
    pub fn parse(bytes: &[u8]) -> Result<Json, serde_json::Error> {
        serde_json::from_slice(bytes)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The member `key` as text: strings as they are, numbers as JavaScript prints them.
    pub fn text(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Json::String(s) => Some(s.clone()),
            n @ (Json::Int(_) | Json::Float(_)) => Some(js_number(n)),
            _ => None,
        }
    }

    /// This object without the member `key`.
    pub fn without(&self, key: &str) -> Json {
        match self {
            Json::Object(members) => Json::Object(members.iter().filter(|(k, _)| k != key).cloned().collect()),
            other => other.clone(),
        }
    }

    /// Objects' members sorted by key at every depth (arrays keep their order); with
    /// `arrays_as_objects`, arrays become objects keyed "0", "1", … as NOWPayments' documented
    /// `sortObject` turns them (`typeof [] === 'object'`).
    pub fn sorted(&self, arrays_as_objects: bool) -> Json {
        match self {
            Json::Object(members) => {
                let mut members: Vec<_> =
                    members.iter().map(|(k, v)| (k.clone(), v.sorted(arrays_as_objects))).collect();
                members.sort_by(|a, b| js_key_order(&a.0, &b.0));
                Json::Object(members)
            }
            Json::Array(items) if arrays_as_objects => {
                // Index keys come out in numeric order, as JavaScript orders them.
                Json::Object(items.iter().enumerate().map(|(i, v)| (i.to_string(), v.sorted(true))).collect())
            }
            Json::Array(items) => Json::Array(items.iter().map(|v| v.sorted(false)).collect()),
            other => other.clone(),
        }
    }

    /// JavaScript's `JSON.stringify(value)`: compact, `/` and non-ASCII left as they are, numbers
    /// in JavaScript's shortest round-trip form.
    pub fn js_stringify(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Dialect::JavaScript);
        out
    }

    /// PHP's `json_encode($value, JSON_UNESCAPED_UNICODE)`: compact, `/` escaped as `\/`,
    /// non-ASCII raw except U+2028/U+2029, empty objects as `[]` (PHP decoded them to arrays).
    pub fn php_json_encode(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Dialect::Php);
        out
    }

    fn write(&self, out: &mut String, dialect: Dialect) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            n @ (Json::Int(_) | Json::Float(_)) => out.push_str(&match dialect {
                Dialect::JavaScript => js_number(n),
                Dialect::Php => php_number(n),
            }),
            Json::String(s) => write_string(out, s, dialect),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out, dialect);
                }
                out.push(']');
            }
            Json::Object(members) if members.is_empty() && dialect == Dialect::Php => out.push_str("[]"),
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key, dialect);
                    out.push(':');
                    value.write(out, dialect);
                }
                out.push('}');
            }
        }
    }
}

/// The order of an object's keys after `Object.keys(o).sort()` rebuilt into an object: JavaScript
/// sorts the names by UTF-16 code units, but an object lists array-index names first, by value.
fn js_key_order(a: &str, b: &str) -> std::cmp::Ordering {
    let index = |k: &str| k.parse::<u32>().ok().filter(|n| *n < u32::MAX && n.to_string() == k);
    match (index(a), index(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.encode_utf16().cmp(b.encode_utf16()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialect {
    JavaScript,
    Php,
}

fn write_string(out: &mut String, s: &str, dialect: Dialect) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '/' if dialect == Dialect::Php => out.push_str("\\/"),
            '\u{2028}' | '\u{2029}' if dialect == Dialect::Php => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A number as JavaScript's `String(n)` prints it (what `JSON.stringify` writes).
fn js_number(n: &Json) -> String {
    let f = match n {
        Json::Int(i) => *i as f64,
        Json::Float(f) => *f,
        _ => return String::new(),
    };
    if !f.is_finite() {
        return "null".into();
    }
    ryu_js::Buffer::new().format(f).to_owned()
}

/// A number as PHP's `json_encode` prints it with `serialize_precision = -1`: integers as they
/// are, floats in their shortest round-trip form with a `.0` when integral and PHP's exponent
/// style (`1.0e+25`) outside 1e-4 … 1e15.
fn php_number(n: &Json) -> String {
    let f = match n {
        Json::Int(i) => return i.to_string(),
        Json::Float(f) => *f,
        _ => return String::new(),
    };
    if !f.is_finite() {
        return "0".into();
    }
    // Shortest round-trip digits and exponent from JavaScript's form, then PHP's layout.
    let js = ryu_js::Buffer::new().format(f).to_owned();
    let (sign, body) = js.strip_prefix('-').map_or(("", js.as_str()), |b| ("-", b));
    let (mantissa, exp) = match body.split_once('e') {
        Some((m, e)) => (m.to_owned(), e.parse::<i32>().unwrap_or(0)),
        None => (body.to_owned(), 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
    let digits_all = format!("{int_part}{frac_part}");
    let digits = digits_all.trim_start_matches('0');
    if digits.is_empty() {
        return format!("{sign}0.0");
    }
    let lead_zeros = (digits_all.len() - digits.len()) as i32;
    // Decimal exponent of the first significant digit.
    let decpt = int_part.len() as i32 - lead_zeros + exp;
    let digits = digits.trim_end_matches('0');
    if decpt <= -4 || decpt > 15 {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        let e = decpt - 1;
        let esign = if e < 0 { '-' } else { '+' };
        return format!("{sign}{first}.{rest}e{esign}{}", e.abs());
    }
    if decpt <= 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize));
    }
    let decpt = decpt as usize;
    if digits.len() <= decpt {
        format!("{sign}{digits}{}.0", "0".repeat(decpt - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..decpt], &digits[decpt..])
    }
}

/// PHP's `serialize()` of an array of strings: `a:<n>:{s:<len>:"<key>";s:<len>:"<value>";…}`,
/// lengths in UTF-8 bytes, nothing escaped. Keys that PHP would turn into integers (canonical
/// decimal numbers) are written as `i:<n>;`.
pub fn php_serialize(pairs: &[(String, String)]) -> String {
    let mut out = format!("a:{}:{{", pairs.len());
    for (key, value) in pairs {
        match php_int_key(key) {
            Some(i) => out.push_str(&format!("i:{i};")),
            None => out.push_str(&format!("s:{}:\"{key}\";", key.len())),
        }
        out.push_str(&format!("s:{}:\"{value}\";", value.len()));
    }
    out.push('}');
    out
}

/// PHP's default `ksort` order for string keys (byte order), integer-like keys first by value.
pub fn php_ksort(pairs: &mut [(String, String)]) {
    pairs.sort_by(|a, b| match (php_int_key(&a.0), php_int_key(&b.0)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.as_bytes().cmp(b.0.as_bytes()),
    });
}

fn php_int_key(key: &str) -> Option<i64> {
    let n: i64 = key.parse().ok()?;
    (n.to_string() == key).then_some(n)
}

/// PHP's `stripslashes`: drops each backslash, keeping the character it escaped.
pub fn php_stripslashes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(if next == '0' { '\0' } else { next });
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// PHP's `html_entity_decode` for the entities a JSON text can carry (quotes, `&`, `<`, `>`,
/// and numeric references).
pub fn php_html_entity_decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "quot" => Some('"'),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Int(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Int(n.into()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Float(n))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members: Vec<(String, Json)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            // A repeated key keeps its first place and its last value, as PHP and JavaScript do.
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => members.push((key, value)),
            }
        }
        Ok(Json::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Json {
        Json::parse(s.as_bytes()).unwrap()
    }

    #[test]
    fn javascript_prints_numbers_in_their_shortest_form() {
        let cases = [
            ("0.000002", "0.000002"),
            ("1e-7", "1e-7"),
            ("13.0", "13"),
            ("1e21", "1e+21"),
            ("20", "20"),
            ("0.00656612", "0.00656612"),
            ("-1.5", "-1.5"),
            ("1765249461097", "1765249461097"),
            ("12345678901234567890", "12345678901234567000"),
        ];
        for (input, js) in cases {
            assert_eq!(parse(input).js_stringify(), js, "{input}");
        }
    }

    #[test]
    fn php_prints_floats_with_a_point_and_its_own_exponent() {
        let cases = [
            ("10.0", "10.0"),
            ("10", "10"),
            ("0.1", "0.1"),
            ("1e25", "1.0e+25"),
            ("1.5e-7", "1.5e-7"),
            ("0.0001", "0.0001"),
            ("123.456", "123.456"),
            ("-2.5", "-2.5"),
        ];
        for (input, php) in cases {
            assert_eq!(parse(input).php_json_encode(), php, "{input}");
        }
    }

    #[test]
    fn php_escapes_slashes_and_keeps_unicode_javascript_keeps_both() {
        let doc = parse(r#"{"url":"https://x.example/a","name":"Zoë – 東京","ctl":"a\u0001\n","ls":"\u2028"}"#);
        assert_eq!(
            doc.php_json_encode(),
            "{\"url\":\"https:\\/\\/x.example\\/a\",\"name\":\"Zoë – 東京\",\"ctl\":\"a\\u0001\\n\",\"ls\":\"\\u2028\"}"
        );
        assert_eq!(
            doc.js_stringify(),
            "{\"url\":\"https://x.example/a\",\"name\":\"Zoë – 東京\",\"ctl\":\"a\\u0001\\n\",\"ls\":\"\u{2028}\"}"
        );
    }

    #[test]
    fn members_keep_the_order_received_until_sorted_at_every_depth() {
        let doc = parse(r#"{"b":1,"a":{"z":[{"y":1,"x":2}],"c":null},"c":true}"#);
        assert_eq!(doc.js_stringify(), r#"{"b":1,"a":{"z":[{"y":1,"x":2}],"c":null},"c":true}"#);
        assert_eq!(doc.sorted(false).js_stringify(), r#"{"a":{"c":null,"z":[{"x":2,"y":1}]},"b":1,"c":true}"#);
        assert_eq!(doc.sorted(true).js_stringify(), r#"{"a":{"c":null,"z":{"0":{"x":2,"y":1}}},"b":1,"c":true}"#);
        assert_eq!(doc.without("a").js_stringify(), r#"{"b":1,"c":true}"#);
        let indexed = parse(r#"{"b":0,"10":0,"2":0,"a":[0,1,2,3,4,5,6,7,8,9,10]}"#).sorted(true);
        assert_eq!(
            indexed.js_stringify(),
            r#"{"2":0,"10":0,"a":{"0":0,"1":1,"2":2,"3":3,"4":4,"5":5,"6":6,"7":7,"8":8,"9":9,"10":10},"b":0}"#
        );
    }

    #[test]
    fn an_empty_object_is_an_empty_array_to_php() {
        assert_eq!(parse(r#"{"a":{},"b":[]}"#).php_json_encode(), r#"{"a":[],"b":[]}"#);
        assert_eq!(parse(r#"{"a":{},"b":[]}"#).js_stringify(), r#"{"a":{},"b":[]}"#);
    }

    #[test]
    fn php_serialize_counts_bytes_and_sorts_like_ksort() {
        let mut pairs = vec![("b".to_owned(), "é".to_owned()), ("a".to_owned(), "x\"y".to_owned())];
        php_ksort(&mut pairs);
        assert_eq!(php_serialize(&pairs), r#"a:2:{s:1:"a";s:3:"x"y";s:1:"b";s:2:"é";}"#);
        let mut numeric = vec![("b".to_owned(), String::new()), ("10".to_owned(), String::new())];
        php_ksort(&mut numeric);
        assert_eq!(php_serialize(&numeric), r#"a:2:{i:10;s:0:"";s:1:"b";s:0:"";}"#);
    }

    #[test]
    fn php_string_helpers_undo_what_wordpress_and_plisio_add() {
        assert_eq!(php_stripslashes(r#"[\"https:\/\/a\"]"#), r#"["https://a"]"#);
        assert_eq!(php_html_entity_decode("[&quot;a&amp;b&#39;&#x41;&unknown; & x]"), "[\"a&b'A&unknown; & x]");
    }
}
