// Starts Web Chat on the page with the in-app connection (directline.js).
(function () {
  'use strict';

  var notice = document.getElementById('notice');

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
  }

  var directLine = window.createGuidanceDirectLine({
    domain: 'directline',
    locale: 'en-US',
    onExpired: function () {
      showNotice('This conversation has expired. Reload the page to start a new one.');
    }
  });

  window.WebChat.renderWebChat(
    {
      directLine: directLine,
      userID: 'me',
      username: 'You',
      locale: 'en-US',
      styleOptions: {
        accent: '#1b5e8c',
        botAvatarInitials: 'GB',
        userAvatarInitials: 'You',
        hideUploadButton: true,
        bubbleMaxWidth: 640,
        suggestedActionLayout: 'flow',
        sendTimeout: 60000
      }
    },
    document.getElementById('webchat')
  );
})();
