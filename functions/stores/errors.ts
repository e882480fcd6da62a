// Errors the stores throw. Callers match on the class, never on the message.

/** A conversation save lost a race: someone saved a newer version since this one was read. */
export class StaleConversationError extends Error {
  readonly conversationId: string;
  readonly expectedVersion: number;

  constructor(conversationId: string, expectedVersion: number, options?: { cause?: unknown }) {
    super(`Conversation ${conversationId} changed since version ${expectedVersion} was read`, options);
    this.name = 'StaleConversationError';
    this.conversationId = conversationId;
    this.expectedVersion = expectedVersion;
  }
}

/** A store call failed for a reason other than a lost race (network, throttling, a malformed item). */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
