/* Print view: Heap is loaded before anything else runs. */
heap.load('9182736450');

(function () {
  heap.track('Claim Printed', { ref: document.body.getAttribute('data-claim-ref') });
})();

function printNow() {
  window.print();
}

printNow();
