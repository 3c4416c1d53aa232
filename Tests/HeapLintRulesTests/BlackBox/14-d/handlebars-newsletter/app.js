const express = require('express');
const { engine } = require('express-handlebars');
const heap = require('heap-api')(process.env.HEAP_APP_ID);

const app = express();
app.engine('hbs', engine({ extname: '.hbs' }));
app.set('view engine', 'hbs');
app.use(express.urlencoded({ extended: false }));

app.post('/kiosk/signup', (req, res) => {
  heap.track('Kiosk Signup', req.body.email, { location: req.query.loc || 'lobby' });
  heap.addUserProperties(req.body.email, { source: 'kiosk' });
  res.render('kiosk', { location: { name: req.query.loc }, layout: false });
});

setInterval(() => {
  heap.track('Kiosk Heartbeat', null, { uptime: Math.round(process.uptime()) }); // expect: server-identity
}, 60 * 60 * 1000);

app.listen(3000);
