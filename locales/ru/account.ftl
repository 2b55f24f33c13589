### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Подтверждение адреса электронной почты
verify-email-intro = Нажмите кнопку, чтобы подтвердить, что этот адрес электронной почты принадлежит вам.
verify-email-confirm = Подтвердить мой адрес
verify-email-done = Спасибо: ваш адрес электронной почты подтверждён.

## Password reset page

reset-page-title = Придумайте новый пароль
reset-new-password = Новый пароль
reset-password-hint = От 12 до 128 символов. Не из числа самых распространённых паролей и не ваш адрес электронной почты.
reset-submit = Установить новый пароль
reset-done = Пароль изменён, все сеансы завершены. Войдите с новым паролем.

## First-run setup page

setup-page-title = Создание первого администратора
setup-intro = На этом сервере ещё нет администратора. Учётная запись, созданная здесь, сможет управлять всем; эта ссылка работает один раз.
setup-email = Адрес электронной почты
setup-name = Имя
setup-password = Пароль
setup-store-name = Название вашего магазина
setup-store-name-hint = Его видят ваши клиенты в шапке каждой страницы и в письмах. Изменить его, а также добавить логотип и цвета, можно на странице «Бренд».
setup-submit = Создать администратора
setup-done = Учётная запись администратора готова. Войдите с ней.

## Signing in and up, account settings

nav-sign-up = Регистрация
nav-sign-out = Выйти
field-email = Адрес электронной почты
field-password = Пароль
field-name = Имя
sign-in-title = Вход
sign-in-submit = Войти
sign-in-code = Одноразовый код
sign-in-code-hint = Шестизначный код из приложения-аутентификатора или один из резервных кодов.
sign-in-forgot = Забыли пароль?
sign-in-no-account = Создать учётную запись
sign-up-title = Создание учётной записи
sign-up-submit = Создать учётную запись
sign-up-done = Спасибо. Мы отправили ссылку для подтверждения на указанный адрес; откройте её, чтобы подтвердить почту. Затем войдите.
sign-up-invited = Вас ждёт лицензия. Создайте учётную запись с тем адресом, на который она была отправлена.
sign-up-invited-done = Ваша учётная запись готова, адрес подтверждён. Войдите: ожидающая вас лицензия — на странице ваших лицензий.
forgot-title = Забыли пароль?
forgot-submit = Прислать ссылку для сброса
forgot-done = Если этот адрес используется учётной записью, ссылка для выбора нового пароля уже в пути. Она действует 30 минут.
account-title = Ваша учётная запись
account-profile = Профиль
account-email-verified = подтверждён
account-email-unverified = ещё не подтверждён
account-timezone = Часовой пояс
account-save = Сохранить
account-saved = Изменения сохранены.
account-password = Пароль
account-current-password = Текущий пароль
account-change-password = Сменить пароль
account-password-changed = Пароль изменён. Все остальные сеансы завершены.
account-security = Безопасность
account-2fa-on = Двухфакторный вход включён.
account-2fa-off = Двухфакторный вход выключен.
account-sessions-hint = Завершает все сеансы этой учётной записи на всех устройствах, включая это.
account-sign-out-everywhere = Выйти на всех устройствах

## Two-factor sign-in and API key pages

account-2fa-manage = Настроить
tfa-title = Двухфакторный вход
tfa-intro = При двухфакторном входе, кроме пароля, нужен код из приложения-аутентификатора на телефоне, так что одного украденного пароля недостаточно.
tfa-start = Настроить
tfa-scan = Отсканируйте этот код приложением-аутентификатором и введите шестизначный код, который оно покажет.
tfa-qr-alt = QR-код для приложения-аутентификатора
tfa-secret = Или введите этот ключ:
tfa-confirm = Включить двухфакторный вход
tfa-enabled = Двухфакторный вход включён. Все сеансы завершены; войдите снова с кодом.
tfa-codes-intro = Сохраните эти резервные коды в надёжном месте. Каждый действует один раз, если вы потеряете телефон. Они показываются только сейчас.
tfa-disable = Выключить двухфакторный вход
keys-title = API-ключи
keys-new = Новый ключ
keys-scopes = Права
keys-scope-read = Чтение ваших данных
keys-scope-licenses = Управление лицензиями
keys-scope-releases = Публикация релизов
keys-expires = Срок действия (дней, необязательно)
keys-create = Создать ключ
keys-created = Ваш новый ключ ниже. Скопируйте его сейчас: он показывается только один раз.
keys-yours = Ваши ключи
keys-none = У вас пока нет API-ключей.
keys-prefix = Начинается с
keys-revoke = Отозвать
keys-confirm-revoke = Отозвать этот API-ключ? Скрипты, которые его используют, сразу перестанут работать; отменить это нельзя.
keys-revoked = отозван
