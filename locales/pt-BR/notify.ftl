# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Você recebe esta mensagem por causa da sua conta em { $seller }. Escolha sobre o que quer ser avisado, e onde, na página da sua conta.
notify-open = Abrir
notify-unsubscribe = Cancelar a inscrição nestes e-mails
notify-unsubscribe-intro = Deixar de receber e-mails deste tipo? Os avisos de segurança e os demais tipos não são afetados; você pode reativá-los na página da sua conta.
notify-unsubscribe-confirm = Cancelar a inscrição
notify-unsubscribe-done = Pronto: você não receberá mais estes e-mails.

notify-top_up_credited-subject = Sua carteira foi recarregada com { $amount }
notify-top_up_credited-body = Olá, { $name }! O valor de { $amount } foi adicionado à sua carteira.
notify-top_up_credited-details = Seu pagamento { $reference } de { $paid } via { $gateway } foi recebido. Seu saldo e seu histórico estão na página da sua carteira.
notify-transfer_confirmed-subject = Sua transferência bancária de { $amount } chegou
notify-transfer_confirmed-body = Olá, { $name }! Recebemos sua transferência bancária: o valor de { $amount } já está na sua carteira.
notify-transfer_confirmed-details = A referência era { $reference }; você enviou { $paid }.
notify-purchase_receipt-subject = Recibo da sua compra ({ $invoice })
notify-purchase_receipt-body = Olá, { $name }! Obrigado pela sua compra. A fatura { $invoice }, no total de { $amount }, foi paga com o saldo da sua carteira. Suas chaves de licença estão na sua página de licenças; o PDF da fatura pode ser baixado a qualquer momento na página da sua carteira.
notify-order_failed-subject = Não foi possível concluir seu pedido
notify-order_failed-body = Olá, { $name }! Não foi possível concluir seu pedido. { $reason ->
        [unpaid] O pagamento não foi efetuado, portanto nada foi cobrado. Você pode fazer o pedido novamente na loja.
        [returned] O pagamento foi estornado pelo provedor de pagamento, portanto nada foi comprado.
        [late] O pagamento chegou tarde demais para a compra pelo preço que lhe foi cotado. O valor de { $amount } que você pagou está na sua carteira: compre novamente na loja quando quiser.
       *[refused] A loja não pôde mais vender o que foi pedido (um código promocional esgotado, um plano que não é mais vendido). O valor de { $amount } que você pagou está na sua carteira.
    }
notify-refund-subject = Você recebeu um reembolso de { $amount }
notify-refund-body = Olá, { $name }! O valor de { $amount } da fatura { $invoice } foi reembolsado na sua carteira.
notify-payment_attention-subject = Um pagamento precisa da sua atenção
notify-payment_attention-body = Olá, { $name }! Um pagamento de { $amount } está aguardando uma decisão.
notify-license_issued-subject = Sua licença de { $product } está pronta
notify-license_issued-body = Olá, { $name }! Uma licença de { $product } ({ $plan }) foi emitida para você. A chave está na sua página de licenças.
notify-device_activated-subject = { $product } foi ativado em um novo dispositivo
notify-device_activated-body = Olá, { $name }! Sua licença de { $product } foi ativada em { $device }. Se não foi você, libere a vaga na sua página de licenças.
notify-seat_freed-subject = Uma vaga de { $product } foi liberada
notify-seat_freed-body = Olá, { $name }! { $device } não ocupa mais uma vaga da sua licença de { $product }.
notify-license_expiring-subject = Sua licença de { $product } expira em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
notify-license_expiring-body = Olá, { $name }! Sua licença de { $product } expira em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }. Renove-a para continuar usando { $product } e recebendo atualizações.
notify-license_expired-subject = Sua licença de { $product } expirou
notify-license_expired-body = Olá, { $name }! Sua licença de { $product } expirou.
notify-renewal_upcoming-subject = Sua licença de { $product } será renovada em { $date }
notify-renewal_upcoming-body = Olá, { $name }! Sua licença de { $product } será renovada automaticamente em { $date } por { $amount }, debitados da sua carteira. { $reason ->
        [wallet_short] Sua carteira ainda não tem esse saldo: recarregue-a antes dessa data, ou a licença será encerrada.
       *[other] O saldo da sua carteira é suficiente.
    } Você pode desativar a renovação automática na sua página de licenças.
notify-license_renewed-subject = Sua licença de { $product } foi renovada
notify-license_renewed-body = Olá, { $name }! Sua licença de { $product } foi renovada automaticamente até { $date }. A fatura { $invoice }, no total de { $amount }, foi paga com o saldo da sua carteira.
notify-renewal_failed-subject = Não foi possível renovar sua licença de { $product }
notify-renewal_failed-body = Olá, { $name }! Não foi possível renovar automaticamente sua licença de { $product }. { $reason ->
        [wallet_short] A renovação custa { $amount } e sua carteira tem { $paid }. Recarregue sua carteira e renove a licença na sua página de licenças.
        [not_for_sale] O plano dela não é mais vendido.
       *[other] Renove-a na sua página de licenças.
    } Ela mantém a chave e os dispositivos se for renovada até { $date }.
notify-clone_suspected-subject = Sua licença de { $product } pode estar em uso em um dispositivo copiado
notify-clone_suspected-body = Olá, { $name }! Duas máquinas acabaram de apresentar a mesma ativação da sua licença de { $product } (dispositivo “{ $device }”). Isso normalmente significa que uma imagem de disco ou uma máquina virtual foi copiada com a licença.

    A ativação está pausada. Se você reconhece as duas máquinas, libere a antiga na sua página de licenças e ative a nova. Se não as reconhece, alguém pode estar usando sua chave de licença: entre em contato com o fornecedor.
notify-license_status-subject = Sua licença de { $product } agora está { $status ->
        [active] ativa
        [suspended] suspensa
        [expired] expirada
        [revoked] revogada
       *[other] { $status }
    }
notify-license_status-body = Olá, { $name }! O status da sua licença de { $product } mudou para { $status ->
        [active] “Ativa”
        [suspended] “Suspensa”
        [expired] “Expirada”
        [revoked] “Revogada”
       *[other] “{ $status }”
    }.
notify-release_published-subject = { $product } { $version } foi lançado
notify-release_published-body = Olá, { $name }! A versão { $version } de { $product } foi publicada no canal { $channel ->
        [stable] estável
        [alpha] alfa
       *[other] { $channel }
    }. Ela está na sua página de downloads.
notify-new_sign_in-subject = Novo acesso à sua conta
notify-new_sign_in-body = Olá, { $name }! Houve um novo acesso à sua conta a partir de { $device }. Se não foi você, altere sua senha agora.
notify-password_changed-subject = Sua senha foi alterada
notify-password_changed-body = Olá, { $name }! A senha da sua conta foi alterada. Se não foi você, redefina-a agora e entre em contato com o suporte.
notify-two_factor_changed-subject = A autenticação de dois fatores foi { $status ->
        [on] ativada
        [off] desativada
       *[other] alterada
    }
notify-two_factor_changed-body = Olá, { $name }! A autenticação de dois fatores da sua conta foi { $status ->
        [on] ativada
        [off] desativada
       *[other] alterada
    }. Se não foi você, entre em contato com o suporte agora.
notify-api_key_created-subject = Uma nova chave de API foi criada
notify-api_key_created-body = Olá, { $name }! A chave de API “{ $key_name }” foi criada para a sua conta. Se não foi você, revogue-a agora.
notify-commission_earned-subject = Você ganhou uma comissão de { $amount }
notify-commission_earned-body = Olá, { $name }! Uma compra feita pelo seu link de indicação rendeu a você { $amount }. O valor fica retido até o fim do prazo de reembolso.
notify-commission_released-subject = Comissões de { $amount } agora são suas
notify-commission_released-body = Olá, { $name }! Comissões no valor de { $amount } foram liberadas na sua carteira.
notify-marketing-subject = { $headline }
notify-marketing-body = Olá, { $name }!

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notificações
notifications-title = Notificações
notifications-none = Nada por enquanto. O que acontecer com suas licenças, seus pagamentos e sua conta aparecerá aqui.
notifications-mark-all = Marcar todas como lidas
notifications-unread = nova
account-notifications-title = Configurações de notificação
account-notifications-intro = Escolha, para cada tipo de aviso, se ele chega a você por e-mail e no aplicativo. Os avisos de segurança sempre mantêm pelo menos um canal.
account-notifications-save = Salvar configurações de notificação
account-notifications-saved = Configurações de notificação salvas.
account-notifications-security = segurança
notify-kind = Aviso
notify-channel-email = E-mail
notify-channel-in_app = No aplicativo
notify-channel-telegram = Telegram
notify-group-transactions = Pagamentos
notify-group-licenses = Licenças
notify-group-releases = Versões
notify-group-security = Segurança
notify-group-affiliate = Programa de afiliados
notify-group-marketing = Novidades
notify-kind-top_up_credited = Carteira recarregada
notify-kind-transfer_confirmed = Transferência bancária recebida
notify-kind-purchase_receipt = Recibos de compra
notify-kind-order_failed = Pedidos que não puderam ser concluídos
notify-kind-refund = Reembolsos
notify-kind-payment_attention = Pagamentos que precisam de uma decisão
notify-kind-license_issued = Uma licença emitida para você
notify-kind-device_activated = Ativação em um novo dispositivo
notify-kind-seat_freed = Uma vaga liberada
notify-kind-license_expiring = Licença prestes a expirar (14 e 3 dias antes)
notify-kind-license_expired = Licença expirada
notify-kind-renewal_upcoming = Renovação automática próxima (7 dias antes)
notify-kind-license_renewed = Licença renovada automaticamente
notify-kind-renewal_failed = Falha na renovação automática
notify-kind-clone_suspected = Um dispositivo possivelmente copiado
notify-kind-license_status = Licença suspensa, revogada ou restabelecida
notify-kind-release_published = Novas versões
notify-kind-new_sign_in = Acesso a partir de um novo dispositivo
notify-kind-password_changed = Senha alterada
notify-kind-two_factor_changed = Autenticação de dois fatores alterada
notify-kind-api_key_created = Chave de API criada
notify-kind-commission_earned = Comissão recebida
notify-kind-commission_released = Comissão paga
notify-kind-marketing = Novidades e ofertas

# New versions per product, on the notification settings page.
account-releases-title = Novas versões
account-releases-intro = Para cada produto do qual você tem uma licença: sobre quais versões você quer ser avisado, e onde. Beta também avisa sobre versões estáveis; alfa, sobre todas.
account-releases-none = Nenhuma
account-releases-stable = Versões estáveis
account-releases-beta = Versões beta e estáveis
account-releases-alpha = Todas as versões, inclusive alfa

# The Telegram bot's replies.
telegram-linked = Olá, { $name }! Este chat agora está vinculado à sua conta: as notificações que você escolher para o Telegram chegarão aqui. Envie /stop para encerrar o vínculo.
telegram-unlinked = Este chat não está mais vinculado a uma conta. Você pode vinculá-lo novamente na página da sua conta.
telegram-link-invalid = Este link expirou ou já foi usado. Gere um novo na página da sua conta.
telegram-help = Para receber notificações aqui, abra o link do Telegram na página da sua conta. Envie /stop para desvincular este chat.

# Telegram on the notification settings page.
account-telegram-intro = Receba no Telegram as notificações que você escolher: vincule esta conta a um chat com o bot da loja.
account-telegram-link = Vincular o Telegram
account-telegram-open = Abra este link no Telegram em até 15 minutos e toque em Iniciar:
account-telegram-linked = Esta conta está vinculada a um chat do Telegram.
account-telegram-unlink = Desvincular o Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Um pagamento precisa de uma decisão: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Um dispositivo pode ser uma cópia: licença { $license }, dispositivo { $device }.
telegram-alert-reconciliation = A conciliação do livro-razão encontrou { $count ->
        [one] { $count } violação
       *[other] { $count } violações
    }: pode ter sido criado ou perdido dinheiro.
telegram-alert-job_dead = Uma tarefa em segundo plano esgotou as tentativas: { $job } ({ $id }). Último erro: { $reason }
