### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = ไทย

-brand = RMS License Server

## Layout shared by every page

skip-to-content = ข้ามไปยังเนื้อหา
nav-home = หน้าแรก
nav-sign-in = เข้าสู่ระบบ
nav-api-docs = เอกสาร API
nav-menu = เมนู
notice-dismiss = ปิด
language-label = ภาษา
language-apply = เปลี่ยนภาษา
footer-text = { -brand } — ระบบไลเซนส์และการเรียกเก็บเงินที่คุณโฮสต์เองได้
footer-support = ฝ่ายสนับสนุน

## Landing page

landing-page-title = { -brand }
landing-tagline = ขายซอฟต์แวร์ ปกป้องซอฟต์แวร์ และรับเงิน — บนเซิร์ฟเวอร์ของคุณเอง
landing-intro = { -brand } ออกคีย์ไลเซนส์ที่เข้ารหัสลับ ผูกคีย์กับอุปกรณ์หรือโดเมน ตรวจสอบคีย์ทั้งแบบออนไลน์และออฟไลน์ ขายผ่านร้านค้าที่มีกระเป๋าเงินและเกตเวย์การชำระเงิน และสื่อสารกับลูกค้าของคุณในภาษาของลูกค้าเอง
landing-feature-keys-title = คีย์ที่ไม่สามารถปลอมแปลงได้
landing-feature-keys-body = ไลเซนส์ทุกรายการลงนามด้วย Ed25519 ซอฟต์แวร์ของคุณตรวจสอบไลเซนส์ได้ด้วยคีย์สาธารณะ แม้ไม่มีการเชื่อมต่อเครือข่าย
landing-feature-store-title = ร้านค้าที่คำนวณเงินได้แม่นยำ
landing-feature-store-body = ราคาคำนวณบนเซิร์ฟเวอร์ การชำระเงินทุกรายการได้รับการบันทึกเข้ากระเป๋าเงินเพียงครั้งเดียว และเลขที่ใบแจ้งหนี้ทุกเลขถูกใช้เพียงครั้งเดียว
landing-feature-scale-title = ไฟล์โปรแกรมเดียว ตั้งแต่แล็ปท็อปจนถึงคลัสเตอร์
landing-feature-scale-body = เริ่มต้นด้วยคำสั่งเดียวบนฐานข้อมูลแบบฝังตัว แล้วขยายเป็นหลายโหนดบน PostgreSQL และ Redis ได้โดยไม่ต้องแก้โค้ดแม้แต่บรรทัดเดียว
landing-cta-sign-in = เข้าสู่ระบบ
landing-cta-store = เลือกชมร้านค้า
landing-cta-docs = สำรวจ API
landing-languages = มีให้ใช้งาน { $count } ภาษา

## API documentation page

docs-page-title = เอกสาร API
docs-noscript = เอกสารอ้างอิงแบบโต้ตอบต้องใช้ JavaScript ส่วนเอกสาร OpenAPI อยู่ที่ { $url }

## Error pages

error-page-back = กลับไปยังหน้าแรก
error-page-request-id = รหัสคำขอ: { $id }
