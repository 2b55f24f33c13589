# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = คุณได้รับข้อความนี้เนื่องจากคุณมีบัญชีกับ { $seller } คุณเลือกได้ว่าจะรับการแจ้งเตือนเรื่องใดและผ่านช่องทางใดในหน้าบัญชีของคุณ
notify-open = เปิด
notify-unsubscribe = ยกเลิกการรับอีเมลเหล่านี้
notify-unsubscribe-intro = หยุดรับอีเมลประเภทนี้หรือไม่? การแจ้งเตือนด้านความปลอดภัยและการแจ้งเตือนประเภทอื่นจะไม่ได้รับผลกระทบ คุณเปิดรับอีกครั้งได้จากหน้าบัญชีของคุณ
notify-unsubscribe-confirm = ยกเลิกการรับ
notify-unsubscribe-done = เรียบร้อย: คุณจะไม่ได้รับอีเมลเหล่านี้อีกต่อไป

notify-top_up_credited-subject = เติมเงิน { $amount } เข้ากระเป๋าเงินของคุณแล้ว
notify-top_up_credited-body = สวัสดีคุณ { $name } เติมเงิน { $amount } เข้ากระเป๋าเงินของคุณแล้ว
notify-top_up_credited-details = เราได้รับการชำระเงินของคุณ { $reference } จำนวน { $paid } ผ่าน { $gateway } แล้ว ยอดเงินคงเหลือและประวัติอยู่ในหน้ากระเป๋าเงินของคุณ
notify-transfer_confirmed-subject = ได้รับเงินโอนผ่านธนาคารจำนวน { $amount } ของคุณแล้ว
notify-transfer_confirmed-body = สวัสดีคุณ { $name } เราได้รับเงินโอนผ่านธนาคารของคุณแล้ว: ขณะนี้ { $amount } อยู่ในกระเป๋าเงินของคุณ
notify-transfer_confirmed-details = รหัสอ้างอิงคือ { $reference } และคุณโอนมา { $paid }
notify-purchase_receipt-subject = ใบเสร็จสำหรับการสั่งซื้อของคุณ ({ $invoice })
notify-purchase_receipt-body = สวัสดีคุณ { $name } ขอบคุณสำหรับการสั่งซื้อ ใบแจ้งหนี้ { $invoice } ยอดรวม { $amount } ได้ชำระจากกระเป๋าเงินของคุณแล้ว คีย์ไลเซนส์ของคุณอยู่ในหน้าไลเซนส์ และคุณสามารถดาวน์โหลด PDF ของใบแจ้งหนี้ได้จากหน้ากระเป๋าเงินทุกเมื่อ
notify-order_failed-subject = ไม่สามารถดำเนินการคำสั่งซื้อของคุณให้เสร็จสมบูรณ์ได้
notify-order_failed-body = สวัสดีคุณ { $name } ไม่สามารถดำเนินการคำสั่งซื้อของคุณให้เสร็จสมบูรณ์ได้ { $reason ->
        [unpaid] การชำระเงินไม่สำเร็จ จึงไม่มีการเรียกเก็บเงินใด ๆ คุณสามารถสั่งซื้ออีกครั้งได้จากร้านค้า
        [returned] ผู้ให้บริการชำระเงินเรียกคืนการชำระเงินนี้ จึงไม่มีการซื้อเกิดขึ้น
        [late] การชำระเงินมาถึงช้าเกินไปจนไม่สามารถซื้อในราคาที่เสนอไว้ได้ เงิน { $amount } ที่คุณชำระอยู่ในกระเป๋าเงินของคุณแล้ว คุณสามารถสั่งซื้ออีกครั้งจากร้านค้าได้ทุกเมื่อ
       *[refused] ร้านค้าไม่สามารถขายตามที่สั่งได้อีกต่อไป (โค้ดโปรโมชันถูกใช้หมดแล้ว หรือแพ็กเกจไม่มีจำหน่ายแล้ว) เงิน { $amount } ที่คุณชำระอยู่ในกระเป๋าเงินของคุณแล้ว
    }
notify-refund-subject = คุณได้รับเงินคืน { $amount }
notify-refund-body = สวัสดีคุณ { $name } คืนเงิน { $amount } จากใบแจ้งหนี้ { $invoice } เข้ากระเป๋าเงินของคุณแล้ว
notify-payment_attention-subject = มีการชำระเงินที่ต้องให้คุณพิจารณา
notify-payment_attention-body = สวัสดีคุณ { $name } การชำระเงินจำนวน { $amount } กำลังรอการตัดสินใจ
notify-license_issued-subject = ไลเซนส์ { $product } ของคุณพร้อมแล้ว
notify-license_issued-body = สวัสดีคุณ { $name } ไลเซนส์สำหรับ { $product } ({ $plan }) ได้ออกให้คุณแล้ว คีย์อยู่ในหน้าไลเซนส์ของคุณ
notify-device_activated-subject = { $product } ถูกเปิดใช้งานบนอุปกรณ์ใหม่
notify-device_activated-body = สวัสดีคุณ { $name } ไลเซนส์ { $product } ของคุณถูกเปิดใช้งานบน { $device } หากไม่ใช่คุณ กรุณาคืนที่นั่งจากหน้าไลเซนส์ของคุณ
notify-seat_freed-subject = ที่นั่งของ { $product } ว่างแล้ว
notify-seat_freed-body = สวัสดีคุณ { $name } { $device } ไม่ได้ใช้ที่นั่งของไลเซนส์ { $product } ของคุณอีกต่อไป
notify-license_expiring-subject = ไลเซนส์ { $product } ของคุณจะหมดอายุในอีก { $days } วัน
notify-license_expiring-body = สวัสดีคุณ { $name } ไลเซนส์ { $product } ของคุณจะหมดอายุในอีก { $days } วัน กรุณาต่ออายุเพื่อใช้ { $product } และรับการอัปเดตต่อไป
notify-license_expired-subject = ไลเซนส์ { $product } ของคุณหมดอายุแล้ว
notify-license_expired-body = สวัสดีคุณ { $name } ไลเซนส์ { $product } ของคุณหมดอายุแล้ว
notify-renewal_upcoming-subject = ไลเซนส์ { $product } ของคุณจะต่ออายุในวันที่ { $date }
notify-renewal_upcoming-body = สวัสดีคุณ { $name } ไลเซนส์ { $product } ของคุณจะต่ออายุโดยอัตโนมัติในวันที่ { $date } ในราคา { $amount } ซึ่งจะหักจากกระเป๋าเงินของคุณ { $reason ->
        [wallet_short] ขณะนี้กระเป๋าเงินของคุณยังมียอดเงินไม่พอ กรุณาเติมเงินก่อนวันดังกล่าว มิฉะนั้นไลเซนส์จะสิ้นสุดลง
       *[other] กระเป๋าเงินของคุณมียอดเงินเพียงพอ
    } คุณสามารถปิดการต่ออายุอัตโนมัติได้ในหน้าไลเซนส์ของคุณ
notify-license_renewed-subject = ไลเซนส์ { $product } ของคุณได้รับการต่ออายุแล้ว
notify-license_renewed-body = สวัสดีคุณ { $name } ไลเซนส์ { $product } ของคุณได้รับการต่ออายุโดยอัตโนมัติจนถึง { $date } แล้ว ใบแจ้งหนี้ { $invoice } ยอดรวม { $amount } ได้ชำระจากกระเป๋าเงินของคุณแล้ว
notify-renewal_failed-subject = ไม่สามารถต่ออายุไลเซนส์ { $product } ของคุณได้
notify-renewal_failed-body = สวัสดีคุณ { $name } ไม่สามารถต่ออายุไลเซนส์ { $product } ของคุณโดยอัตโนมัติได้ { $reason ->
        [wallet_short] การต่ออายุมีค่าใช้จ่าย { $amount } แต่กระเป๋าเงินของคุณมี { $paid } กรุณาเติมเงินเข้ากระเป๋าเงินแล้วต่ออายุจากหน้าไลเซนส์ของคุณ
        [not_for_sale] แพ็กเกจของไลเซนส์นี้ไม่มีจำหน่ายแล้ว
       *[other] กรุณาต่ออายุจากหน้าไลเซนส์ของคุณ
    } หากต่ออายุภายในวันที่ { $date } ไลเซนส์จะยังคงใช้คีย์และอุปกรณ์เดิม
notify-clone_suspected-subject = ไลเซนส์ { $product } ของคุณอาจถูกใช้งานบนอุปกรณ์ที่ถูกคัดลอก
notify-clone_suspected-body = สวัสดีคุณ { $name } เมื่อสักครู่มีเครื่องสองเครื่องแสดงการเปิดใช้งานเดียวกันของไลเซนส์ { $product } ของคุณ (อุปกรณ์ “{ $device }”) ซึ่งโดยปกติหมายความว่าดิสก์อิมเมจหรือเครื่องเสมือนที่มีไลเซนส์อยู่ถูกคัดลอก

    การเปิดใช้งานนี้ถูกหยุดไว้ชั่วคราว หากคุณรู้จักเครื่องทั้งสอง กรุณาคืนที่นั่งของเครื่องเก่าในหน้าไลเซนส์ของคุณ แล้วเปิดใช้งานเครื่องใหม่ หากคุณไม่รู้จัก อาจมีผู้อื่นใช้คีย์ไลเซนส์ของคุณอยู่ กรุณาติดต่อผู้จำหน่าย
notify-license_status-subject = ไลเซนส์ { $product } ของคุณ{ $status ->
        [active] กลับมาใช้งานได้แล้ว
        [suspended] ถูกระงับแล้ว
        [expired] หมดอายุแล้ว
        [revoked] ถูกเพิกถอนแล้ว
       *[other] มีสถานะ “{ $status }” แล้ว
    }
notify-license_status-body = สวัสดีคุณ { $name } สถานะไลเซนส์ { $product } ของคุณเปลี่ยนเป็น “{ $status ->
        [active] ใช้งานอยู่
        [suspended] ถูกระงับ
        [expired] หมดอายุ
        [revoked] ถูกเพิกถอน
       *[other] { $status }
    }” แล้ว
notify-release_published-subject = { $product } { $version } ออกแล้ว
notify-release_published-body = สวัสดีคุณ { $name } { $product } เวอร์ชัน { $version } ได้รับการเผยแพร่ใน{ $channel ->
        [stable] ช่องทางเสถียร
        [beta] ช่องทางเบต้า
        [alpha] ช่องทางอัลฟา
       *[other] ช่องทาง “{ $channel }”
    }แล้ว ดาวน์โหลดได้ในหน้าดาวน์โหลดของคุณ
notify-new_sign_in-subject = มีการเข้าสู่ระบบบัญชีของคุณครั้งใหม่
notify-new_sign_in-body = สวัสดีคุณ { $name } เมื่อสักครู่มีการเข้าสู่ระบบบัญชีของคุณจาก { $device } หากไม่ใช่คุณ กรุณาเปลี่ยนรหัสผ่านทันที
notify-password_changed-subject = รหัสผ่านของคุณถูกเปลี่ยนแล้ว
notify-password_changed-body = สวัสดีคุณ { $name } รหัสผ่านของบัญชีคุณถูกเปลี่ยนแล้ว หากไม่ใช่คุณ กรุณารีเซ็ตรหัสผ่านทันทีและติดต่อฝ่ายสนับสนุน
notify-two_factor_changed-subject = { $status ->
        [on] เปิดการยืนยันตัวตนแบบสองขั้นตอนแล้ว
        [off] ปิดการยืนยันตัวตนแบบสองขั้นตอนแล้ว
       *[other] การยืนยันตัวตนแบบสองขั้นตอนเปลี่ยนเป็น “{ $status }” แล้ว
    }
notify-two_factor_changed-body = สวัสดีคุณ { $name } { $status ->
        [on] มีการเปิดการยืนยันตัวตนแบบสองขั้นตอนสำหรับบัญชีของคุณแล้ว
        [off] มีการปิดการยืนยันตัวตนแบบสองขั้นตอนสำหรับบัญชีของคุณแล้ว
       *[other] การยืนยันตัวตนแบบสองขั้นตอนของบัญชีคุณเปลี่ยนเป็น “{ $status }” แล้ว
    } หากไม่ใช่คุณ กรุณาติดต่อฝ่ายสนับสนุนทันที
notify-api_key_created-subject = มีการสร้างคีย์ API ใหม่
notify-api_key_created-body = สวัสดีคุณ { $name } มีการสร้างคีย์ API “{ $key_name }” สำหรับบัญชีของคุณ หากไม่ใช่คุณ กรุณาเพิกถอนคีย์นี้ทันที
notify-commission_earned-subject = คุณได้รับค่าคอมมิชชัน { $amount }
notify-commission_earned-body = สวัสดีคุณ { $name } การซื้อผ่านลิงก์แนะนำของคุณทำให้คุณได้รับ { $amount } จำนวนนี้จะถูกพักไว้จนกว่าระยะเวลาคืนเงินจะสิ้นสุด
notify-commission_released-subject = ค่าคอมมิชชัน { $amount } เป็นของคุณแล้ว
notify-commission_released-body = สวัสดีคุณ { $name } ค่าคอมมิชชันจำนวน { $amount } ได้โอนเข้ากระเป๋าเงินของคุณแล้ว
notify-marketing-subject = { $headline }
notify-marketing-body = สวัสดีคุณ { $name }

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = การแจ้งเตือน
notifications-title = การแจ้งเตือน
notifications-none = ยังไม่มีการแจ้งเตือน สิ่งที่เกิดขึ้นกับไลเซนส์ การชำระเงิน และบัญชีของคุณจะแสดงที่นี่
notifications-mark-all = ทำเครื่องหมายว่าอ่านแล้วทั้งหมด
notifications-unread = ใหม่
account-notifications-title = การตั้งค่าการแจ้งเตือน
account-notifications-intro = เลือกสำหรับการแจ้งเตือนแต่ละประเภทว่าจะให้ส่งถึงคุณทางอีเมลและในแอปหรือไม่ การแจ้งเตือนด้านความปลอดภัยจะเปิดไว้อย่างน้อยหนึ่งช่องทางเสมอ
account-notifications-save = บันทึกการตั้งค่าการแจ้งเตือน
account-notifications-saved = บันทึกการตั้งค่าการแจ้งเตือนแล้ว
account-notifications-security = ความปลอดภัย
notify-kind = การแจ้งเตือน
notify-channel-email = อีเมล
notify-channel-in_app = ในแอป
notify-channel-telegram = Telegram
notify-group-transactions = การชำระเงิน
notify-group-licenses = ไลเซนส์
notify-group-releases = รุ่นเผยแพร่
notify-group-security = ความปลอดภัย
notify-group-affiliate = โปรแกรมแอฟฟิลิเอต
notify-group-marketing = ข่าวสาร
notify-kind-top_up_credited = เติมเงินเข้ากระเป๋าเงินแล้ว
notify-kind-transfer_confirmed = ได้รับเงินโอนผ่านธนาคารแล้ว
notify-kind-purchase_receipt = ใบเสร็จการสั่งซื้อ
notify-kind-order_failed = คำสั่งซื้อที่ดำเนินการไม่สำเร็จ
notify-kind-refund = การคืนเงิน
notify-kind-payment_attention = การชำระเงินที่ต้องตัดสินใจ
notify-kind-license_issued = ไลเซนส์ที่ออกให้คุณ
notify-kind-device_activated = การเปิดใช้งานบนอุปกรณ์ใหม่
notify-kind-seat_freed = ที่นั่งว่างแล้ว
notify-kind-license_expiring = ไลเซนส์ใกล้หมดอายุ (ล่วงหน้า 14 และ 3 วัน)
notify-kind-license_expired = ไลเซนส์หมดอายุแล้ว
notify-kind-renewal_upcoming = การต่ออายุอัตโนมัติที่กำลังจะมาถึง (ล่วงหน้า 7 วัน)
notify-kind-license_renewed = ไลเซนส์ต่ออายุโดยอัตโนมัติแล้ว
notify-kind-renewal_failed = การต่ออายุอัตโนมัติล้มเหลว
notify-kind-clone_suspected = อุปกรณ์ที่อาจถูกคัดลอก
notify-kind-license_status = ไลเซนส์ถูกระงับ เพิกถอน หรือคืนสถานะ
notify-kind-release_published = เวอร์ชันใหม่
notify-kind-new_sign_in = การเข้าสู่ระบบจากอุปกรณ์ใหม่
notify-kind-password_changed = เปลี่ยนรหัสผ่านแล้ว
notify-kind-two_factor_changed = การยืนยันตัวตนแบบสองขั้นตอนมีการเปลี่ยนแปลง
notify-kind-api_key_created = สร้างคีย์ API แล้ว
notify-kind-commission_earned = ได้รับค่าคอมมิชชัน
notify-kind-commission_released = จ่ายค่าคอมมิชชันแล้ว
notify-kind-marketing = ข่าวสารและข้อเสนอ

# New versions per product, on the notification settings page.
account-releases-title = เวอร์ชันใหม่
account-releases-intro = สำหรับผลิตภัณฑ์แต่ละรายการที่คุณมีไลเซนส์: เลือกว่าจะรับแจ้งเวอร์ชันใดและผ่านช่องทางใด ช่องทางเบต้าจะแจ้งเวอร์ชันเสถียรด้วย ส่วนช่องทางอัลฟาจะแจ้งทุกเวอร์ชัน
account-releases-none = ไม่รับแจ้ง
account-releases-stable = เวอร์ชันเสถียร
account-releases-beta = เวอร์ชันเบต้าและเวอร์ชันเสถียร
account-releases-alpha = ทุกเวอร์ชัน รวมถึงอัลฟา

# The Telegram bot's replies.
telegram-linked = สวัสดีคุณ { $name }! ขณะนี้แชตนี้เชื่อมโยงกับบัญชีของคุณแล้ว: การแจ้งเตือนที่คุณเลือกให้ส่งทาง Telegram จะมาที่นี่ ส่ง /stop เพื่อยกเลิก
telegram-unlinked = แชตนี้ไม่ได้เชื่อมโยงกับบัญชีใดแล้ว คุณเชื่อมโยงอีกครั้งได้จากหน้าบัญชีของคุณ
telegram-link-invalid = ลิงก์นี้หมดอายุหรือถูกใช้ไปแล้ว กรุณาสร้างลิงก์ใหม่ในหน้าบัญชีของคุณ
telegram-help = หากต้องการรับการแจ้งเตือนที่นี่ กรุณาเปิดลิงก์ Telegram ในหน้าบัญชีของคุณ ส่ง /stop เพื่อยกเลิกการเชื่อมโยงแชตนี้

# Telegram on the notification settings page.
account-telegram-intro = รับการแจ้งเตือนที่คุณเลือกใน Telegram: เชื่อมโยงบัญชีนี้กับแชตที่มีบอตของร้านค้า
account-telegram-link = เชื่อมโยง Telegram
account-telegram-open = เปิดลิงก์นี้ใน Telegram ภายใน 15 นาที แล้วกด Start (เริ่ม):
account-telegram-linked = บัญชีนี้เชื่อมโยงกับแชต Telegram แล้ว
account-telegram-unlink = ยกเลิกการเชื่อมโยง Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = มีการชำระเงินที่ต้องตัดสินใจ: { $payment } ({ $reason })
telegram-alert-clone_suspected = อุปกรณ์อาจเป็นเครื่องที่ถูกคัดลอก: ไลเซนส์ { $license } อุปกรณ์ { $device }
telegram-alert-reconciliation = การกระทบยอดบัญชีแยกประเภทพบความผิดปกติ { $count } รายการ: อาจมีเงินที่ถูกสร้างขึ้นหรือสูญหาย
telegram-alert-job_dead = งานเบื้องหลังเลิกลองใหม่แล้ว: { $job } ({ $id }) ข้อผิดพลาดล่าสุด: { $reason }
