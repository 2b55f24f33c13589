### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Confirme seu endereço de e-mail
verify-email-intro = Clique no botão para confirmar que este endereço de e-mail é seu.
verify-email-confirm = Confirmar meu endereço de e-mail
verify-email-done = Obrigado: seu endereço de e-mail foi confirmado.

## Password reset page

reset-page-title = Escolha uma nova senha
reset-new-password = Nova senha
reset-password-hint = De 12 a 128 caracteres. Não pode ser uma das senhas mais comuns nem o seu endereço de e-mail.
reset-submit = Definir a nova senha
reset-done = Sua senha foi alterada e todas as sessões foram encerradas. Entre com a nova senha.

## First-run setup page

setup-page-title = Criar o primeiro administrador
setup-intro = Este servidor ainda não tem administrador. A conta que você criar aqui poderá gerenciar tudo; este link funciona uma única vez.
setup-email = Endereço de e-mail
setup-name = Nome
setup-password = Senha
setup-store-name = Nome da sua loja
setup-store-name-hint = Exibido aos seus clientes no cabeçalho de todas as páginas e nos e-mails. Você pode alterá-lo, além de adicionar um logotipo e cores, na página Marca.
setup-seller = Quem vende (impresso nas faturas)
setup-seller-hint = Opcional por enquanto: preencha antes da primeira venda, aqui ou na página de cobrança. Sem uma razão social, as faturas exibem o nome da loja.
setup-submit = Criar o administrador
setup-done = A conta de administrador está pronta. Entre com ela.

## Signing in and up, account settings

nav-sign-up = Criar conta
nav-sign-out = Sair
field-email = Endereço de e-mail
field-password = Senha
field-name = Nome
sign-in-title = Entrar
sign-in-submit = Entrar
sign-in-code = Código de uso único
sign-in-code-hint = O código de 6 dígitos do seu aplicativo autenticador ou um dos seus códigos de recuperação.
sign-in-forgot = Esqueceu sua senha?
sign-in-no-account = Criar uma conta
sign-up-title = Criar uma conta
sign-up-submit = Criar a conta
sign-up-done = Obrigado. Enviamos um link de confirmação para o endereço informado; abra-o para confirmar seu e-mail. Depois, entre.
sign-up-invited = Há uma licença esperando por você. Crie sua conta com o endereço para o qual ela foi enviada.
sign-up-invited-done = Sua conta está pronta e o endereço foi confirmado. Entre: a licença que esperava por você está na página de licenças.
forgot-title = Esqueceu sua senha?
forgot-submit = Enviar um link de redefinição
forgot-done = Se houver uma conta com este endereço, um link para escolher uma nova senha está a caminho. Ele é válido por 30 minutos.
account-title = Sua conta
account-profile = Perfil
account-email-verified = confirmado
account-email-unverified = ainda não confirmado
account-timezone = Fuso horário
account-digits = Algarismos
account-save = Salvar
account-saved = Suas alterações foram salvas.
account-password = Senha
account-current-password = Senha atual
account-change-password = Alterar a senha
account-password-changed = Sua senha foi alterada. Todas as outras sessões foram encerradas.
account-security = Segurança
account-2fa-on = A autenticação de dois fatores está ativada.
account-2fa-off = A autenticação de dois fatores está desativada.
account-sessions-hint = Encerra todas as sessões desta conta, em todos os dispositivos, inclusive este.
account-sign-out-everywhere = Sair de todos os dispositivos

## Two-factor sign-in and API key pages

account-2fa-manage = Gerenciar
account-export = Baixar meus dados
account-export-hint = Um arquivo ZIP com arquivos JSON: sua conta, licenças e respectivas chaves, dispositivos, faturas, pagamentos, carteira, notificações e chaves de API (nunca os segredos delas).
tfa-title = Autenticação de dois fatores
tfa-intro = Com a autenticação de dois fatores, para entrar também é preciso um código de um aplicativo autenticador no seu celular; assim, uma senha roubada não basta.
tfa-start = Configurar
tfa-scan = Escaneie este código com seu aplicativo autenticador e digite o código de 6 dígitos que ele exibir.
tfa-qr-alt = Código QR para o seu aplicativo autenticador
tfa-secret = Ou digite esta chave:
tfa-confirm = Ativar a autenticação de dois fatores
tfa-enabled = A autenticação de dois fatores está ativada. Suas outras sessões foram encerradas; este navegador continua conectado.
tfa-confirm-password-hint = Sua senha comprova que é você: suas outras sessões serão encerradas e este navegador continuará conectado.
tfa-codes-saved = Já os guardei: voltar à minha conta
tfa-codes-intro = Guarde estes códigos de recuperação em um lugar seguro. Cada um funciona uma única vez, caso você perca o celular. Eles são exibidos somente agora.
tfa-disable = Desativar a autenticação de dois fatores
keys-title = Chaves de API
keys-new = Nova chave
keys-scopes = Permissões
keys-scope-read = Ler seus dados
keys-scope-licenses = Gerenciar licenças
keys-scope-releases = Publicar versões
keys-expires = Expira após (dias, opcional)
keys-create = Criar a chave
keys-created = Sua nova chave está abaixo. Copie-a agora: ela é exibida uma única vez.
keys-yours = Suas chaves
keys-none = Você ainda não tem chaves de API.
keys-prefix = Começa com
keys-revoke = Revogar
keys-confirm-revoke = Revogar esta chave de API? Os scripts que a usam param de funcionar imediatamente; esta ação não pode ser desfeita.
keys-revoked = revogada
