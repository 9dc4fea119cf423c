// Skeleton: replaced by the product background (messaging, profile, rules).
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse({ ok: true });
    return true;
  });
});
