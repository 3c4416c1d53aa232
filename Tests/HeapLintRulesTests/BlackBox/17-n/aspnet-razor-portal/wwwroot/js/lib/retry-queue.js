// Min-heap of jobs keyed by the time they may run again.
(function (window) {
    'use strict';

    function RetryQueue(now) {
        this.heap = [];
        this.now = now || Date.now;
        this.timer = null;
    }

    RetryQueue.prototype.schedule = function (job, delayMs) {
        this.heap.push({ at: this.now() + delayMs, job: job });
        this._up(this.heap.length - 1);
        this._arm();
    };

    RetryQueue.prototype._arm = function () {
        var self = this;
        if (this.timer || this.heap.length === 0) return;
        this.timer = setTimeout(function () {
            self.timer = null;
            while (self.heap.length && self.heap[0].at <= self.now()) {
                self._pop().job();
            }
            self._arm();
        }, Math.max(0, this.heap[0].at - this.now()));
    };

    RetryQueue.prototype._pop = function () {
        var heap = this.heap;
        var top = heap[0];
        var last = heap.pop();
        if (heap.length) {
            heap[0] = last;
            this._down(0);
        }
        return top;
    };

    RetryQueue.prototype._up = function (i) {
        var heap = this.heap;
        while (i > 0) {
            var p = (i - 1) >> 1;
            if (heap[p].at <= heap[i].at) break;
            var t = heap[p]; heap[p] = heap[i]; heap[i] = t;
            i = p;
        }
    };

    RetryQueue.prototype._down = function (i) {
        var heap = this.heap;
        for (;;) {
            var l = 2 * i + 1, r = l + 1, m = i;
            if (l < heap.length && heap[l].at < heap[m].at) m = l;
            if (r < heap.length && heap[r].at < heap[m].at) m = r;
            if (m === i) return;
            var t = heap[m]; heap[m] = heap[i]; heap[i] = t;
            i = m;
        }
    };

    window.RetryQueue = RetryQueue;
})(window);
