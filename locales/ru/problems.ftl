# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Некорректный запрос
problem-bad-request-detail = Не удалось разобрать запрос: { $reason }
problem-not-found-title = Не найдено
problem-not-found-detail = По этому адресу ничего нет.
problem-method-not-allowed-title = Метод не поддерживается
problem-method-not-allowed-detail = Этот адрес не принимает метод { $method }.
problem-payload-too-large-title = Слишком большой запрос
problem-payload-too-large-detail = Тело запроса больше, чем принимает сервер (не более { $limit } байт).
problem-unsupported-media-type-title = Неподдерживаемый тип данных
problem-unsupported-media-type-detail = Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.
problem-request-timeout-title = Время ожидания истекло
problem-request-timeout-detail = Запрос выполнялся дольше { $seconds } с и был остановлен. Ничего не сохранено, если в ответе не сказано иное.
problem-too-many-requests-title = Слишком много запросов
problem-too-many-requests-detail = Слишком много запросов за короткое время. Подождите и повторите попытку.
problem-internal-error-title = Внутренняя ошибка
problem-internal-error-detail = На нашей стороне что-то пошло не так. Ошибка записана в журнал; при обращении в поддержку укажите идентификатор запроса { $request_id }.
problem-service-unavailable-title = Сервис недоступен
problem-service-unavailable-detail = Сервис временно недоступен. Повторите попытку чуть позже.
problem-http-error-title = Ошибка запроса
problem-http-error-detail = Запрос завершился с кодом HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Некорректный адрес электронной почты
problem-invalid-email-detail = Значение поля «{ $field }» не является корректным адресом электронной почты.
problem-password-length-title = Длина пароля
problem-password-length-detail = Длина пароля должна быть от { $min } до { $max } символов.
problem-password-too-common-title = Слишком распространённый пароль
problem-password-too-common-detail = Этот пароль входит в число самых распространённых. Выберите другой.
problem-password-contains-email-title = Пароль содержит адрес почты
problem-password-contains-email-detail = Пароль не должен содержать ваш адрес электронной почты. Выберите другой.
problem-invalid-name-title = Некорректное имя
problem-invalid-name-detail = Имя должно содержать от 1 до 100 символов без управляющих символов.
problem-invalid-timezone-title = Некорректный часовой пояс
problem-invalid-timezone-detail = Укажите часовой пояс в формате Europe/Berlin или UTC.
problem-unsupported-locale-title = Язык не поддерживается
problem-unsupported-locale-detail = Этот язык недоступен. Выберите один из предложенных языков.
problem-invalid-credentials-title = Не удалось войти
problem-invalid-credentials-detail = Неверный адрес электронной почты или пароль.
problem-account-locked-title = Учётная запись заблокирована
problem-account-locked-detail = Эта учётная запись заблокирована. Обратитесь в службу поддержки.
problem-unauthenticated-title = Вход не выполнен
problem-unauthenticated-detail = Для этого запроса нужен действительный токен доступа. Войдите снова, чтобы получить его.
problem-invalid-refresh-token-title = Сеанс истёк
problem-invalid-refresh-token-detail = Сеанс истёк или был завершён. Войдите снова.
problem-invalid-link-token-title = Ссылка недействительна
problem-invalid-link-token-detail = Эта ссылка недействительна, уже использована или устарела. Запросите новую.
problem-forbidden-title = Действие запрещено
problem-forbidden-detail = Вы вошли в систему, но с этими учётными данными это действие недоступно.
problem-limit-reached-title = Достигнут лимит
problem-limit-reached-detail = Достигнут лимит: { $limit }. Удалите один элемент, прежде чем добавлять новый.
problem-invalid-scope-title = Недопустимая область доступа
problem-invalid-scope-detail = Выберите хотя бы одну из предложенных областей доступа; некоторые доступны только администраторам.
problem-out-of-range-title = Значение вне допустимого диапазона
problem-out-of-range-detail = Значение поля «{ $field }» выходит за допустимые пределы.
