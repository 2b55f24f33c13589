# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = Solicitação inválida
problem-bad-request-detail = Não foi possível entender a solicitação: { $reason }
bad-request-not-json = o corpo não é um JSON válido.
bad-request-missing-field = “{ $field }” é obrigatório.
bad-request-unknown-field = “{ $field }” não é um campo aceito por esta solicitação.
bad-request-malformed-field = “{ $field }” não tem um valor do tipo ou formato correto.
bad-request-malformed = um dos valores não tem o tipo ou formato correto.
problem-not-found-title = Não encontrado
problem-not-found-detail = Não há nada neste endereço.
problem-method-not-allowed-title = Método não permitido
problem-method-not-allowed-detail = Este endereço não aceita o método { $method }.
problem-payload-too-large-title = Solicitação grande demais
problem-payload-too-large-detail = O corpo da solicitação é maior do que este servidor aceita (no máximo { $limit } bytes).
problem-unsupported-media-type-title = Tipo de mídia não suportado
problem-unsupported-media-type-detail = Envie o corpo da solicitação como JSON com o cabeçalho Content-Type: application/json.
problem-request-timeout-title = Tempo da solicitação esgotado
problem-request-timeout-detail = A solicitação levou mais de { $seconds } segundos e foi interrompida. Nada foi salvo, a menos que a resposta tenha dito o contrário.
problem-too-many-requests-title = Solicitações demais
problem-too-many-requests-detail = Muitas solicitações em pouco tempo. Aguarde e tente novamente.
problem-internal-error-title = Erro interno
problem-internal-error-detail = Algo deu errado do nosso lado. O erro foi registrado; se entrar em contato com o suporte, informe o ID da solicitação { $request_id }.
problem-service-unavailable-title = Serviço indisponível
problem-service-unavailable-detail = O serviço está temporariamente indisponível. Tente novamente em instantes.
problem-http-error-title = A solicitação falhou
problem-http-error-detail = A solicitação falhou com o status HTTP { $status }.

## Accounts and sessions

problem-invalid-email-title = Endereço de e-mail inválido
problem-invalid-email-detail = “{ $field }” não é um endereço de e-mail válido.
problem-password-length-title = Tamanho da senha
problem-password-length-detail = A senha deve ter entre { $min } e { $max } caracteres.
problem-password-too-common-title = Senha comum demais
problem-password-too-common-detail = Esta senha está entre as mais usadas. Escolha outra.
problem-password-contains-email-title = A senha contém o endereço de e-mail
problem-password-contains-email-detail = A senha não pode conter o seu endereço de e-mail. Escolha outra.
problem-invalid-name-title = Nome inválido
problem-invalid-name-detail = O nome deve ter de 1 a 100 caracteres, sem caracteres de controle.
problem-invalid-timezone-title = Fuso horário inválido
problem-invalid-timezone-detail = Use o nome de um fuso horário, como Europe/Berlin ou UTC.
problem-unsupported-locale-title = Idioma não suportado
problem-unsupported-locale-detail = Este idioma não está disponível. Escolha um dos idiomas oferecidos.
problem-invalid-credentials-title = Falha ao entrar
problem-invalid-credentials-detail = O endereço de e-mail ou a senha está incorreto.
problem-account-locked-title = Conta bloqueada
problem-account-locked-detail = Esta conta está bloqueada. Entre em contato com o suporte.
problem-unauthenticated-title = Não conectado
problem-unauthenticated-detail = Esta solicitação requer um token de acesso válido. Entre novamente para obter um.
problem-invalid-refresh-token-title = Sessão expirada
problem-invalid-refresh-token-detail = A sessão expirou ou foi encerrada. Entre novamente.
problem-invalid-link-token-title = Link não é mais válido
problem-invalid-link-token-detail = Este link é inválido, já foi usado ou expirou. Solicite um novo.
problem-forbidden-title = Não permitido
problem-forbidden-detail = Você está conectado, mas esta credencial não tem permissão para fazer isso.
problem-limit-reached-title = Limite atingido
problem-limit-reached-detail = Você atingiu o limite de { $limit }. Remova um antes de adicionar outro.
problem-invalid-scope-title = Escopo inválido
problem-invalid-scope-detail = Escolha pelo menos um dos escopos oferecidos; alguns estão disponíveis apenas para administradores.
problem-out-of-range-title = Valor fora do intervalo
problem-out-of-range-detail = O valor de “{ $field }” está fora do intervalo aceito.
problem-totp-required-title = Código de uso único obrigatório
problem-totp-required-detail = Esta conta usa autenticação de dois fatores. Digite o código do seu aplicativo autenticador ou um código de recuperação.
problem-totp-invalid-title = Código de uso único incorreto
problem-totp-invalid-detail = O código está incorreto, expirou ou já foi usado. Aguarde o próximo código e tente novamente.
problem-totp-locked-title = Autenticação de dois fatores bloqueada
problem-totp-locked-detail = Muitos códigos incorretos. A autenticação de dois fatores está bloqueada por 15 minutos.
problem-totp-already-enabled-title = A autenticação de dois fatores já está ativada
problem-totp-already-enabled-detail = A autenticação de dois fatores já está ativada para esta conta.
problem-totp-not-enabled-title = A autenticação de dois fatores está desativada
problem-totp-not-enabled-detail = A autenticação de dois fatores não está ativada para esta conta (ou a configuração não foi iniciada).
problem-invalid-code-title = Código incorreto
problem-invalid-code-detail = O valor de “{ $field }” está incorreto ou expirou.
problem-invalid-role-title = Função desconhecida
problem-invalid-role-detail = A função deve ser user, support ou admin.
problem-csrf-failed-title = Formulário expirado
problem-csrf-failed-detail = Não foi possível aceitar este formulário. Recarregue a página e tente novamente.
problem-two-factor-required-for-staff-title = Autenticação de dois fatores obrigatória
problem-two-factor-required-for-staff-detail = Este servidor exige que a equipe use a autenticação de dois fatores. Ative-a primeiro nas configurações da sua conta.
problem-slug-taken-title = Slug em uso
problem-slug-taken-detail = Outro produto já usa este slug. Escolha outro.
problem-invalid-slug-title = Slug inválido
problem-invalid-slug-detail = Um slug tem de 2 a 64 letras minúsculas, dígitos e hifens, e não começa nem termina com hífen.
problem-invalid-product-kind-title = Tipo de produto inválido
problem-invalid-product-kind-detail = Um produto é “software” (vinculado a máquinas) ou “site” (vinculado a domínios).
problem-unknown-account-title = Conta desconhecida
problem-unknown-account-detail = Nenhuma conta tem este endereço de e-mail. A pessoa precisa se cadastrar primeiro.
problem-license-revoked-title = Licença revogada
problem-license-revoked-detail = Esta licença foi revogada; uma licença revogada não pode ser restabelecida. Emita uma nova.
problem-seats-in-use-title = Vagas em uso
problem-seats-in-use-detail = { $in_use ->
        [one] { $in_use } vaga desta licença está em uso.
       *[other] { $in_use } vagas desta licença estão em uso.
    } Libere algumas (desative dispositivos ou reduza sublicenças) antes de diminuir o número de vagas.
problem-license-unusable-title = Licença não utilizável
problem-license-unusable-detail = A licença não pode ser usada para isso ({ $code }).

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = Nenhuma licença tem esta chave.
answer-revoked = Esta licença foi revogada.
answer-suspended = Esta licença está suspensa.
answer-expired = Esta licença expirou.
answer-product-mismatch = Esta chave pertence a outro produto.
answer-not-activated = Esta licença ainda não está ativada aqui.
answer-fingerprint-mismatch = Esta licença está ativada em outros dispositivos, não neste.
answer-domain-mismatch = Esta licença está ativada em outros domínios, não neste.
answer-heartbeat-dead = Este dispositivo parou de enviar sinais de vida; ative-o novamente.
answer-too-many-activations = Há mais dispositivos ativos do que vagas na licença.
answer-entitlement-missing = A licença não inclui um recurso solicitado.
answer-version-not-covered = Esta versão foi lançada após o período de atualizações da licença.
answer-valid = A licença é válida.
answer-activation-limit = Todas as { $seats } vagas desta licença estão em uso. Libere uma das ativações listadas para usá-la aqui.
answer-clone-suspected = Outra máquina está usando esta ativação; ela está pausada até que o titular a libere.
answer-reassignment-limit = Esta licença esgotou as trocas de dispositivo por enquanto. A próxima será permitida em { $at }.
answer-refused-title = O servidor de licenças recusou esta solicitação
problem-reassignment-limit-title = Sem mais trocas de dispositivo por enquanto
problem-reassignment-limit-detail = Esta licença esgotou as trocas de dispositivo por enquanto. A próxima será permitida em { $at }.
problem-not-enough-seats-title = Vagas livres insuficientes
problem-not-enough-seats-detail = { $free ->
    [0] Nenhuma vaga desta licença está livre.
    [one] Apenas { $free } vaga desta licença está livre.
   *[other] Apenas { $free } vagas desta licença estão livres.
}
problem-invalid-activation-request-title = Solicitação de ativação inválida
problem-invalid-activation-request-detail = Esta não é uma solicitação de ativação gerada com a chave desta licença. Gere-a novamente na máquina a ser ativada, com a chave desta licença.
problem-not-for-sale-title = Não está à venda
problem-not-for-sale-detail = Este plano não está à venda.
problem-promo-not-found-title = Código promocional desconhecido
problem-promo-not-found-detail = Este código promocional não existe ou não é válido no momento.
problem-insufficient-funds-title = Saldo insuficiente na carteira
problem-insufficient-funds-detail = O saldo da sua carteira é insuficiente para esta compra. Recarregue sua carteira e tente novamente; nada foi cobrado.
problem-promo-expired-title = Código promocional não válido no momento
problem-promo-expired-detail = Este código promocional não é válido neste momento.
problem-promo-not-applicable-title = O código promocional não se aplica
problem-promo-not-applicable-detail = Este código promocional não se aplica a nenhum produto do seu carrinho.
problem-promo-below-minimum-title = Pedido abaixo do mínimo do código promocional
problem-promo-below-minimum-detail = Seu pedido está abaixo do mínimo exigido por este código promocional.
problem-promo-first-purchase-only-title = Código promocional para primeiras compras
problem-promo-first-purchase-only-detail = Este código promocional vale somente para a primeira compra.
problem-promo-exhausted-title = Código promocional esgotado
problem-promo-exhausted-detail = Este código promocional já foi usado o número máximo de vezes permitido por enquanto.
problem-promo-user-limit-title = Código promocional já utilizado
problem-promo-user-limit-detail = Você já usou este código promocional o número máximo de vezes permitido.
problem-promo-paused-title = Código promocional pausado
problem-promo-paused-detail = Este código promocional está pausado no momento.
problem-promo-code-taken-title = O código promocional já existe
problem-promo-code-taken-detail = Outro código promocional já tem este nome.
problem-idempotency-key-reused-title = Chave de idempotência usada em outra solicitação
problem-idempotency-key-reused-detail = Esta Idempotency-Key já foi usada com uma solicitação diferente. Use uma nova chave para uma nova solicitação.
problem-idempotency-key-in-use-title = Solicitação em andamento
problem-idempotency-key-in-use-detail = Uma solicitação com esta Idempotency-Key ainda está sendo processada. Tente novamente em instantes para obter a resposta dela.
problem-self-referral-title = Autoindicação
problem-self-referral-detail = Você não pode usar o seu próprio código de indicação.
problem-wrong-state-title = Não é possível nesta situação
problem-wrong-state-detail = Isto não pode ser feito agora ({ $state }).
problem-gateway-disabled-title = Forma de pagamento indisponível
problem-gateway-disabled-detail = Esta forma de pagamento não está habilitada neste servidor.
problem-gateway-unavailable-title = Provedor de pagamento indisponível
problem-gateway-unavailable-detail = Não foi possível contatar o provedor de pagamento. Nada foi cobrado; tente novamente em alguns minutos ou escolha outra forma de pagamento.
problem-webhook-signature-invalid-title = Assinatura de webhook inválida
problem-webhook-signature-invalid-detail = A assinatura do webhook não corresponde às configurações deste gateway. Nada foi alterado.
problem-invalid-number-format-title = Padrão de numeração inválido
problem-invalid-number-format-detail = “{ $field }” precisa conter {"{"}YYYY{"}"} uma vez e uma sequência de dígitos entre chaves, como INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: a numeração recomeça a cada ano.
problem-number-formats-clash-title = Os números podem coincidir
problem-number-formats-clash-detail = “{ $field }” pode gerar os mesmos números que o padrão das faturas. Dê prefixos diferentes aos dois padrões, como INV- e CN-.
problem-invalid-staging-pattern-title = Padrão de homologação inválido
problem-invalid-staging-pattern-detail = Escreva um host por linha: um host exato (staging.shop.com), todos os hosts sob um domínio (*.preview.shop.com), todos os hosts que começam com um rótulo (staging.*) ou que contêm um rótulo (*.staging.*). Um domínio de primeiro nível inteiro, como *.dev, é público e não pode ficar gratuito.
problem-insufficient-scope-title = Não permitido com esta chave
problem-insufficient-scope-detail = Isto requer { $scope ->
        [session] uma sessão conectada: uma chave de API não pode fazer isso
       *[other] uma chave de API com o escopo “{ $scope }”
    }.
problem-refund-window-closed-title = Prazo de reembolso encerrado
problem-refund-window-closed-detail = Este plano pode ser reembolsado até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a compra, e esse prazo já passou. Reembolse mesmo assim somente se for sua intenção.
problem-invalid-version-title = Versão inválida
problem-invalid-version-detail = Escreva uma versão semântica, como 1.4.0, 2.0.0-beta.1 ou 1.4.0+build.7.
problem-invalid-platform-title = Plataforma inválida
problem-invalid-platform-detail = Uma plataforma tem de 1 a 64 letras minúsculas, dígitos, hifens e sublinhados, como windows-x86_64 ou wordpress.
problem-invalid-file-name-title = Nome de arquivo inválido
problem-invalid-file-name-detail = Informe um nome de arquivo simples, como app-1.4.0.dmg: sem barras, sem ponto no início, sem aspas nem caracteres de controle.
problem-version-taken-title = A versão já existe
problem-version-taken-detail = Este produto já tem uma versão publicada com este número (metadados de build não criam uma nova).
problem-download-link-invalid-title = Link de download inválido
problem-download-link-invalid-detail = Este link de download expirou, foi alterado ou é de uma versão que não está mais disponível. Solicite um novo.
problem-feed-license-required-title = Chave de licença obrigatória
problem-feed-license-required-detail = Este feed de atualização é exclusivo para clientes com licença. Envie sua chave de licença no endereço do feed ou no cabeçalho RMS-License-Key.
problem-feed-license-refused-title = Chave de licença não aceita
problem-feed-license-refused-detail = Esta chave de licença não dá acesso ao feed de atualização deste produto: ela é desconhecida, de outro produto, expirou, foi suspensa ou revogada.

problem-invalid-vat-id-title = Número de IVA inválido
problem-invalid-vat-id-detail = “{ $field }” não é um número de IVA do país informado. Os números de IVA da UE começam com o prefixo do país, como DE123456789 (Grécia: EL). Deixe em branco se estiver comprando como pessoa física.

problem-entitlements-append-only-title = Direitos de uso só podem ser adicionados
problem-entitlements-append-only-detail = Mantenha os direitos de uso do plano na ordem atual e adicione os novos no final: as chaves de licença emitidas os carregam pela posição, então remover ou reordenar um deles mudaria aquilo a que os clientes atuais têm direito.
problem-invalid-date-title = Data inválida
problem-invalid-date-detail = Escreva “{ $field }” como uma data, por exemplo 2026-12-31.
problem-date-range-reversed-title = Datas na ordem errada
problem-date-range-reversed-detail = A data de início é posterior à data de término. Escolha um início igual ou anterior ao término.
