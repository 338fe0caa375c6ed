// A vendor page whose widgets are on the page, defined, before any portal exists: later its own
// script builds the portal around them (as a framework does after its data arrives).
setTimeout(() => {
  const portal = document.createElement('pk-portal');
  portal.setAttribute('api-base', document.body.dataset.apiBase);
  portal.setAttribute('session-token', document.body.dataset.sessionToken);
  portal.setAttribute('locale', 'en');
  const widgets = document.getElementById('widgets');
  portal.append(...widgets.children);
  widgets.append(portal);
}, 300);
