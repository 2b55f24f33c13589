### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Português (Brasil)

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Pular para o conteúdo
nav-home = Início
nav-sign-in = Entrar
nav-api-docs = Documentação da API
nav-menu = Menu
notice-dismiss = Dispensar
language-label = Idioma
language-apply = Alterar
footer-text = { -brand } — licenciamento e cobrança hospedados por você.
footer-support = Suporte

## Landing page

landing-page-title = { -brand }
landing-tagline = Venda seu software, proteja-o e receba por ele — no seu próprio servidor.
landing-intro = O { -brand } emite chaves de licença criptográficas, vincula-as a dispositivos ou domínios, verifica-as on-line e off-line, vende por meio de uma loja com carteira e gateways de pagamento e se comunica com seus clientes no idioma deles.
landing-feature-keys-title = Chaves que não podem ser falsificadas
landing-feature-keys-body = Cada licença é assinada com Ed25519. Seu software a verifica com uma chave pública, mesmo sem conexão de rede.
landing-feature-store-title = Uma loja com valores exatos
landing-feature-store-body = Os preços são calculados no servidor, cada pagamento é creditado exatamente uma vez e cada número de fatura é usado exatamente uma vez.
landing-feature-scale-title = Um único binário, do notebook ao cluster
landing-feature-scale-body = Comece com um único comando em um banco de dados embutido; cresça para vários nós com PostgreSQL e Redis sem alterar uma linha.
landing-cta-sign-in = Entrar
landing-cta-store = Conhecer a loja
landing-cta-docs = Explorar a API
landing-languages = Disponível em { $count ->
        [one] { $count } idioma
       *[other] { $count } idiomas
    }.

## API documentation page

docs-page-title = Documentação da API
docs-noscript = A referência interativa requer JavaScript. O documento OpenAPI em si está em { $url }.

## Error pages

error-page-back = Voltar à página inicial
error-page-request-id = ID da solicitação: { $id }
