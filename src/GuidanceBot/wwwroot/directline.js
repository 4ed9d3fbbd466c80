// A Direct-Line-compatible connection for Web Chat that talks to this app's /directline endpoint instead of Azure.
// Web Chat's contract (botframework-directlinejs): activity$ and connectionStatus$ are observables, postActivity
// returns an observable of the new activity's id, end() closes. Every activity carries id, timestamp and from.role;
// the user's own message comes back (with channelData.clientActivityID) before Web Chat marks it as sent.
(function () {
  'use strict';

  var ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };

  // The smallest Observable that Web Chat accepts: subscribe(observer | next, error, complete) -> { unsubscribe }.
  function Observable(subscribe) {
    this._subscribe = subscribe;
  }
  Observable.prototype.subscribe = function (observerOrNext, error, complete) {
    var observer = typeof observerOrNext === 'function' || !observerOrNext
      ? { next: observerOrNext, error: error, complete: complete }
      : observerOrNext;
    var closed = false;
    var safe = {
      next: function (value) { if (!closed && observer.next) { observer.next(value); } },
      error: function (reason) { if (!closed) { closed = true; if (observer.error) { observer.error(reason); } } },
      complete: function () { if (!closed) { closed = true; if (observer.complete) { observer.complete(); } } }
    };
    var teardown = this._subscribe(safe);
    return {
      get closed() { return closed; },
      unsubscribe: function () { closed = true; if (typeof teardown === 'function') { teardown(); } }
    };
  };
  if (typeof Symbol === 'function' && Symbol.observable) {
    Observable.prototype[Symbol.observable] = function () { return this; };
  }

  // A subject that replays what it has seen to late subscribers, so that nothing is lost before Web Chat subscribes.
  function ReplaySubject(keepLastOnly) {
    var observers = [];
    var history = [];
    var done = false;
    this.next = function (value) {
      if (keepLastOnly) { history = [value]; } else { history.push(value); }
      observers.slice().forEach(function (o) { o.next(value); });
    };
    this.complete = function () {
      done = true;
      observers.slice().forEach(function (o) { o.complete(); });
    };
    this.value = function () { return history[history.length - 1]; };
    this.observable = new Observable(function (observer) {
      history.forEach(function (value) { observer.next(value); });
      if (done) { observer.complete(); return undefined; }
      observers.push(observer);
      return function () { observers = observers.filter(function (o) { return o !== observer; }); };
    });
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {}),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        var failure = new Error('HTTP ' + response.status);
        failure.status = response.status;
        throw failure;
      }
      return response.json();
    });
  }

  function createGuidanceDirectLine(options) {
    var domain = (options && options.domain) || 'directline';
    var locale = (options && options.locale) || 'en-US';
    var onExpired = (options && options.onExpired) || function () {};
    var status = new ReplaySubject(true);
    var activities = new ReplaySubject(false);
    var conversation = null;

    status.next(ConnectionStatus.Uninitialized);
    status.next(ConnectionStatus.Connecting);
    var started = postJson(domain + '/conversations', { locale: locale }).then(function (result) {
      conversation = result;
      status.next(ConnectionStatus.Online);
      result.activities.forEach(activities.next);
      return result;
    }, function (error) {
      status.next(ConnectionStatus.FailedToConnect);
      throw error;
    });

    return {
      activity$: activities.observable,
      connectionStatus$: status.observable,
      postActivity: function (activity) {
        return new Observable(function (observer) {
          started.then(function () {
            var url = domain + '/conversations/' + encodeURIComponent(conversation.conversationId) + '/activities';
            return postJson(url, Object.assign({}, activity, { locale: activity.locale || locale }));
          }).then(function (result) {
            // The echo first (Web Chat waits for it), then the id, then the bot's replies.
            activities.next(result.activities[0]);
            observer.next(result.id);
            observer.complete();
            result.activities.slice(1).forEach(activities.next);
          }, function (error) {
            if (error && error.status === 404) {
              status.next(ConnectionStatus.ExpiredToken);
              onExpired();
            }
            observer.error(error);
          });
        });
      },
      end: function () {
        status.next(ConnectionStatus.Ended);
        status.complete();
        activities.complete();
      }
    };
  }

  window.createGuidanceDirectLine = createGuidanceDirectLine;
})();
