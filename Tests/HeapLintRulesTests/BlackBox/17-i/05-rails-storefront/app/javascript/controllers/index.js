import { application } from "./application"

import AnalyticsController from "./analytics_controller"
import CartController from "./cart_controller"
import NewsletterController from "./newsletter_controller"

application.register("analytics", AnalyticsController)
application.register("cart", CartController)
application.register("newsletter", NewsletterController)
