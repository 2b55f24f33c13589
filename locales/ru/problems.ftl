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
