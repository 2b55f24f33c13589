# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Confirme seu endereço de e-mail
email-verify-body =
    Olá, { $name },

    Confirme seu endereço de e-mail abrindo este link em até { $minutes } minutos:

    { $link }

    Se você não criou uma conta, ignore este e-mail.
email-registration-attempt-subject = Alguém tentou se cadastrar com seu endereço de e-mail
email-registration-attempt-body =
    Olá, { $name },

    Alguém acabou de tentar criar uma nova conta com o seu endereço de e-mail, que já tem uma conta.
    Se foi você, basta entrar:

    { $link }

    Se não foi você, nenhuma ação é necessária: nada foi alterado.
email-reset-subject = Redefina sua senha
email-reset-body =
    Olá, { $name },

    Alguém (esperamos que você) pediu para redefinir a senha da sua conta. Para escolher uma nova, abra este link em até { $minutes } minutos:

    { $link }

    Se você não fez esse pedido, ignore este e-mail: sua senha continua a mesma.
email-clone-suspected-subject = Uma licença sua parece estar em uso em uma máquina copiada
email-clone-suspected-body =
    Olá, { $name },

    Duas máquinas acabaram de apresentar a mesma ativação da sua licença de { $product } (dispositivo "{ $device }"). Isso normalmente significa que uma imagem de disco ou uma máquina virtual foi copiada com a licença.

    A ativação está pausada. Se você reconhece as duas máquinas, libere a antiga na sua página de licenças e ative a nova:

    { $link }

    Se não as reconhece, alguém pode estar usando sua chave de licença: entre em contato com o fornecedor.
email-receipt-subject = Seu recibo { $number }
email-receipt-body =
    Olá, { $name },

    Obrigado pela sua compra. A fatura { $number }, no total de { $total }, foi paga com o saldo da sua carteira.

    Suas chaves de licença estão na sua página de licenças:

    { $licenses }

    O PDF da fatura pode ser baixado a qualquer momento na página da sua carteira:

    { $billing }
email-sub-license-invite-subject = { $inviter } cedeu uma licença a você
email-sub-license-invite-body =
    Olá,

    { $inviter } cedeu a você { $seats ->
        [one] { $seats } vaga
       *[other] { $seats } vagas
    } de { $product }, com uma chave de licença própria.

    Para usá-las, entre com este endereço de e-mail ou crie uma conta com ele e confirme o endereço. A licença aparecerá então na sua página de licenças:

    { $link }

    Se você não conhece { $inviter }, ignore este e-mail.
email-license-invite-subject = { $store } emitiu uma licença para você
email-license-invite-body =
    Olá,

    { $store } emitiu para você uma licença de { $product } ({ $plan }).

    Para usá-la, crie sua conta com este endereço de e-mail por meio deste link; a licença e a chave dela estarão então na sua página de licenças:

    { $link }

    Se você não esperava por isso, ignore este e-mail.
email-top-up-receipt-subject = Sua carteira foi recarregada com { $credited }
email-top-up-receipt-body =
    Olá, { $name },

    Seu pagamento { $reference } de { $paid } via { $gateway } foi recebido, e { $credited } foi adicionado à sua carteira.

    Seu saldo e seu histórico estão na página da sua carteira:

    { $billing }
email-transfer-instructions-subject = Sua transferência bancária de { $amount }
email-transfer-instructions-body =
    Olá, { $name },

    Para recarregar sua carteira, transfira { $amount } e informe esta referência: { $reference }

    { $details }

    Os mesmos dados, cada um com um botão para copiar, estão nesta página:

    { $page }

    Sua carteira é creditada assim que o dinheiro chegar.
email-transfer-account-holder = Titular da conta
email-transfer-account-number = IBAN ou número da conta
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Banco
email-transfer-bank-address = Endereço do banco
email-transfer-no-details = Os dados bancários para esta moeda ainda não foram configurados: entre em contato conosco antes de fazer a transferência.
