### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = 简体中文

-brand = RMS License Server

## Layout shared by every page

skip-to-content = 跳到主要内容
nav-home = 首页
nav-sign-in = 登录
nav-api-docs = API 文档
nav-menu = 菜单
notice-dismiss = 关闭
language-label = 语言
language-apply = 切换
footer-text = { -brand } — 由您自行托管的许可证与计费平台。
footer-support = 客服支持

## Landing page

landing-page-title = { -brand }
landing-tagline = 在您自己的服务器上销售软件、保护软件、收取款项。
landing-intro = { -brand } 签发加密许可证密钥，将其绑定到设备或域名，支持在线与离线校验，通过带钱包和支付网关的商店进行销售，并以客户的语言与其沟通。
landing-feature-keys-title = 无法伪造的密钥
landing-feature-keys-body = 每个许可证都使用 Ed25519 签名。您的软件使用公钥进行验证，即使没有网络连接也可以。
landing-feature-store-title = 金额分毫不差的商店
landing-feature-store-body = 价格在服务器端计算，每笔付款只入账一次，每个发票号也只使用一次。
landing-feature-scale-title = 同一个程序，从笔记本电脑到集群
landing-feature-scale-body = 只需一条命令即可基于嵌入式数据库启动；之后可扩展到基于 PostgreSQL 和 Redis 的多节点部署，无需修改任何代码。
landing-cta-sign-in = 登录
landing-cta-store = 浏览商店
landing-cta-docs = 探索 API
landing-languages = 支持 { $count } 种语言。

## API documentation page

docs-page-title = API 文档
docs-noscript = 交互式参考文档需要启用 JavaScript。OpenAPI 文档本身位于 { $url }。

## Error pages

error-page-back = 返回首页
error-page-request-id = 请求 ID：{ $id }
