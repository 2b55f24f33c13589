//! The CSV export: numbers stay numbers, text a spreadsheet would run is defused, and only the
//! answer's tables are exported.

use super::*;

#[derive(Serialize)]
struct Row {
    label: &'static str,
    amount: i64,
}

#[derive(Serialize)]
struct Answer {
    series: Vec<Row>,
}

#[tokio::test]
async fn numbers_stay_numbers_and_text_formulas_are_defused() {
    let answer = Answer { series: vec![Row { label: "=SUM(A1)", amount: -1500 }, Row { label: "-x", amount: 7 }] };
    let res = csv(&answer, "sales", None).unwrap_or_else(|_| panic!("a CSV"));
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&body);
    assert_eq!(text, "\"amount\",\"label\"\r\n-1500,\"'=SUM(A1)\"\r\n7,\"'-x\"\r\n");
    assert!(csv(&answer, "sales", Some("range")).is_err(), "only the answer's tables");
}
