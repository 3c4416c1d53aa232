/* "Find your roast" quiz on /pages/quiz */
(function () {
  'use strict';

  var answers = {};
  var root = document.querySelector('[data-product-quiz]');
  if (!root) return;

  // rank candidate products by how many answers they match (top 3)
  function rankProducts(products) {
    var heap = [];
    products.forEach(function (product) {
      var score = product.tags.filter(function (tag) { return Object.values(answers).indexOf(tag) !== -1; }).length;
      heap.push({ handle: product.handle, score: score });
    });
    heap.sort(function (a, b) { return b.score - a.score; });
    return heap.slice(0, 3);
  }

  root.addEventListener('change', function (evt) {
    var question = evt.target.name;
    answers[question] = evt.target.value;
    heap.track('Quiz Answered', { question: question, answer: evt.target.value });
  });

  root.querySelector('form').addEventListener('submit', function (evt) {
    evt.preventDefault();
    var products = JSON.parse(root.querySelector('[data-quiz-products]').textContent);
    var result = rankProducts(products);

    if (!window.ShopifyAnalytics || !window.ShopifyAnalytics.meta.page.customerId) {
      // tie the quiz lead to a Heap user so marketing can export it
      heap.identify('quiz_' + Math.random().toString(36).slice(2)); // expect: random-identity
    }
    heap.addUserProperties({
      quiz_result: result[0] ? result[0].handle : 'none',
      quiz_answers: answers, // expect: user-property-value
    });
    heap.track('Quiz Completed', { result: result[0] ? result[0].handle : 'none', matches: result.length });
    window.location.href = '/products/' + (result[0] ? result[0].handle : '');
  });
})();
