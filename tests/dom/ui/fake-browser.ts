/**
 * A stand-in for webextension-polyfill in the popup and dashboard tests: the service worker and the tabs'
 * content scripts answer through handlers each test sets; everything sent is recorded.
 */
export interface Sent {
  readonly to: 'background' | number;
  readonly name: string;
  readonly data: unknown;
}

type Handler = (name: string, data: unknown) => unknown;

export interface FakeBrowser {
  sent: Sent[];
  background: Handler;
  tab: (tabId: number) => Handler;
  created: string[];
  reset(): void;
}

const reply = async (value: unknown) => {
  try {
    return { ok: true, value: await value };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
};

export const fake: FakeBrowser = {
  sent: [],
  background: () => null,
  tab: () => () => null,
  created: [],
  reset() {
    this.sent = [];
    this.background = () => null;
    this.tab = () => () => null;
    this.created = [];
  },
};

export const fakeBrowser = {
  runtime: {
    sendMessage: (message: { name: string; data: unknown }) => {
      fake.sent.push({ to: 'background', ...message });
      return reply(fake.background(message.name, message.data));
    },
    openOptionsPage: async () => undefined,
  },
  tabs: {
    query: async () => [{ id: 7 }],
    sendMessage: (tabId: number, message: { name: string; data: unknown }) => {
      fake.sent.push({ to: tabId, ...message });
      return reply(fake.tab(tabId)(message.name, message.data));
    },
    create: async ({ url }: { url: string }) => {
      fake.created.push(url);
      return { id: 99 };
    },
    update: async () => ({ id: 7 }),
  },
};
