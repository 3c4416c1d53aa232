const express = require('express');
const session = require('express-session');
const heap = require('heap-api')(process.env.HEAP_APP_ID);
const { Orders, Inventory } = require('./models');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/webhooks/order-paid', express.json(), async (req, res) => {
  const order = await Orders.findById(req.body.orderId);
  heap.track('Order Placed', order.customerEmail, { total: order.total, currency: order.currency });
  const count = await Orders.countFor(order.customerEmail);
  heap.addUserProperties(order.customerEmail, { lifetimeOrders: count });

  for (const line of order.lines) {
    const stock = await Inventory.decrement(line.sku, line.qty);
    if (stock < 5) {
      heap.track('Inventory Low', 'warehouse', { sku: line.sku, stock }); // expect: server-identity
    }
  }
  res.sendStatus(204);
});

app.listen(process.env.PORT || 3000);
