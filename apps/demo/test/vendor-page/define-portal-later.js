// A vendor page that loads the portal's definition only after its widgets are on the page and
// upgraded, as a tag manager or a late bundle would.
setTimeout(() => import('/pk/portal/define.js'), 300);
