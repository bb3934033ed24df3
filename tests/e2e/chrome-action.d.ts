/** The `chrome.action` calls the dashboard's end-to-end tests run in the service worker, typed for the compiler. */
declare namespace chrome {
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
    function getTitle(details: { tabId?: number }): Promise<string>;
  }
}
