const express = require('express');

const app = express();
app.set('view engine', 'ejs');
app.locals.heapAppId = process.env.HEAP_APP_ID;

app.get('/orders/:id/confirmed', async (req, res) => {
  const order = await req.app.get('orders').find(req.params.id);
  res.render('order-confirmed', { order, user: req.user || null });
});

app.listen(8080);
