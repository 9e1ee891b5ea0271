// Typed message keys: a missing or misspelt key is a type error.
import type messages from './messages/en/index';

declare module 'next-intl' {
  interface AppConfig {
    Messages: typeof messages;
  }
}
