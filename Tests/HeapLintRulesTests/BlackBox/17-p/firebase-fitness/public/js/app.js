(function () {
  'use strict';

  var auth = firebase.auth();
  var db = firebase.firestore();

  function show(id, visible) {
    var el = document.getElementById(id);
    if (el) el.hidden = !visible;
  }

  function renderDashboard(profile) {
    var el = document.getElementById('dashboard');
    el.textContent = 'This week: ' + (profile.kmThisWeek || 0) + ' / ' + (profile.weeklyGoalKm || 0) + ' km';
    show('dashboard', true);
    show('onboarding', !profile.onboarded);
  }

  auth.onAuthStateChanged(function (user) {
    show('sign-in', !user);
    show('sign-out', !!user);
    if (!user) return;

    Analytics.identify(user.uid);
    db.collection('profiles').doc(user.uid).get().then(function (snap) {
      var profile = snap.data() || {};
      Analytics.setTraits({
        plan: profile.plan || 'free',
        weekly_goal_km: profile.weeklyGoalKm || 0,
        units: profile.units || 'metric',
      });
      renderDashboard(profile);
    });
  });

  document.getElementById('sign-in').addEventListener('click', function () {
    auth.signInWithPopup(new firebase.auth.GoogleAuthProvider()).then(function (cred) {
      Analytics.track(cred.additionalUserInfo.isNewUser ? 'Signed Up' : 'Signed In', { provider: 'google' });
    });
  });

  document.getElementById('sign-out').addEventListener('click', function () {
    Analytics.track('Signed Out');
    auth.signOut().then(function () {
      Analytics.reset();
      window.location.assign('/');
    });
  });

  document.getElementById('finish-onboarding').addEventListener('click', function () {
    var user = auth.currentUser;
    if (!user) return;
    db.collection('profiles').doc(user.uid).set({ onboarded: true }, { merge: true }).then(function () {
      Analytics.setTraits({
        onboarding_complete: true, // expect: user-property-value
        onboarding_steps: 4,
      });
      show('onboarding', false);
    });
  });

  document.getElementById('guest-workout').addEventListener('click', function () {
    if (auth.currentUser) return;
    // guests can log one workout before signing up; keep their events on one profile
    Analytics.identify(window.heap.userId); // expect: anonymous-identity
    Analytics.track('Guest Workout Started', { source: 'home' });
    window.location.assign('/log?guest=1');
  });

  var redeem = firebase.functions().httpsCallable('redeemCoupon');
  window.redeemCoupon = function (code) {
    return redeem({ code: code }).then(function () {
      Analytics.track('Coupon Applied', { code: code });
    });
  };
})();
