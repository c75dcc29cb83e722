import type {
  Channel, ContactId, Conversation, ConversationId, Instant, Team, TeamId, Teammate, TeammateId,
} from '../model/index.js';

/**
 * The steps of starting an outbound conversation, in order (OUT-1, OUT-8): compose, choose
 * "Conversation", pick the channel, pick the sender, add recipients, optionally choose the
 * assignee, write, send, and only then apply the chosen assignee. An {@link OutboundDraft} holds
 * the choices of the steps before `send`; {@link startOutboundConversation} performs `send` and
 * `apply-assignee`.
 *
 * @example
 * ```ts
 * import { OUTBOUND_FLOW } from 'inbox-rules/outbound';
 * OUTBOUND_FLOW.indexOf('send') < OUTBOUND_FLOW.indexOf('apply-assignee'); // => true
 * OUTBOUND_FLOW[0]; // => 'compose'
 * ```
 * @category Outbound
 */
export const OUTBOUND_FLOW = [
  'compose',
  'choose-conversation',
  'pick-channel',
  'pick-sender',
  'add-recipients',
  'choose-assignee',
  'write',
  'send',
  'apply-assignee',
] as const;

/**
 * One of {@link OUTBOUND_FLOW}.
 *
 * @example
 * ```ts
 * import type { OutboundStep } from 'inbox-rules/outbound';
 * const step: OutboundStep = 'pick-sender';
 * ```
 * @category Outbound
 */
export type OutboundStep = (typeof OUTBOUND_FLOW)[number];

/**
 * The content kinds OUT-11 restricts in a new email: apps, articles and product tours.
 *
 * @example
 * ```ts
 * import { INSERTION_KINDS } from 'inbox-rules/outbound';
 * INSERTION_KINDS; // => ['app', 'article', 'product-tour']
 * ```
 * @category Outbound
 */
export const INSERTION_KINDS = ['app', 'article', 'product-tour'] as const;

/**
 * One of {@link INSERTION_KINDS}.
 *
 * @example
 * ```ts
 * import type { InsertionKind } from 'inbox-rules/outbound';
 * const kind: InsertionKind = 'article';
 * ```
 * @category Outbound
 */
export type InsertionKind = (typeof INSERTION_KINDS)[number];

/**
 * How content is inserted into a message: `'direct'` (from the composer) or through a `'macro'`.
 *
 * @example
 * ```ts
 * import { INSERTION_METHODS } from 'inbox-rules/outbound';
 * INSERTION_METHODS; // => ['direct', 'macro']
 * ```
 * @category Outbound
 */
export const INSERTION_METHODS = ['direct', 'macro'] as const;

/**
 * One of {@link INSERTION_METHODS}.
 *
 * @example
 * ```ts
 * import type { InsertionMethod } from 'inbox-rules/outbound';
 * const via: InsertionMethod = 'macro';
 * ```
 * @category Outbound
 */
export type InsertionMethod = (typeof INSERTION_METHODS)[number];

/**
 * An app, article or product tour inserted into the outbound message, and how (OUT-11).
 *
 * @example
 * ```ts
 * import type { Insertion } from 'inbox-rules/outbound';
 * const insertion: Insertion = { kind: 'product-tour', via: 'macro' };
 * ```
 * @category Outbound
 */
export interface Insertion {
  /** What is inserted. */
  readonly kind: InsertionKind;
  /** Directly from the composer, or through a macro. */
  readonly via: InsertionMethod;
}

/**
 * The codes of the warnings {@link startOutboundConversation} can return. The message is still
 * sent; the warning says what the teammate should know.
 *
 * @example
 * ```ts
 * import { OUTBOUND_WARNING_CODES } from 'inbox-rules/outbound';
 * OUTBOUND_WARNING_CODES; // => ['custom-sender-forwarding-off', 'insertion-may-not-display']
 * ```
 * @category Outbound
 */
export const OUTBOUND_WARNING_CODES = ['custom-sender-forwarding-off', 'insertion-may-not-display'] as const;

/**
 * A warning about a sent outbound conversation, discriminated by `code`:
 * `custom-sender-forwarding-off` (OUT-4: replies go to the custom address, which does not forward
 * them to the inbox) or `insertion-may-not-display` (OUT-11: an app, article or tour inserted
 * into an email through a macro won't display correctly to the recipient).
 *
 * @example
 * ```ts
 * import type { OutboundWarning } from 'inbox-rules/outbound';
 * const w: OutboundWarning = { code: 'custom-sender-forwarding-off', address: 'help@acme.test' };
 * ```
 * @category Outbound
 */
export type OutboundWarning =
  | {
      /** OUT-4: replies to this custom address will not reach the inbox. */
      readonly code: 'custom-sender-forwarding-off';
      /** The custom sender address without forwarding. */
      readonly address: string;
    }
  | {
      /** OUT-11: content inserted through a macro into an email. */
      readonly code: 'insertion-may-not-display';
      /** What was inserted. */
      readonly insertion: InsertionKind;
    };

/**
 * A custom sender address the workspace has set up (OUT-3), and whether email forwarding brings
 * replies sent to it back into the inbox (OUT-4).
 *
 * @example
 * ```ts
 * import type { CustomSenderAddress } from 'inbox-rules/outbound';
 * const a: CustomSenderAddress = { address: 'help@acme.test', forwarding: true };
 * ```
 * @category Outbound
 */
export interface CustomSenderAddress {
  /** The e-mail address (compared case-insensitively). */
  readonly address: string;
  /** Whether email forwarding is enabled for it. */
  readonly forwarding: boolean;
}

/**
 * The workspace settings that outbound conversations read.
 *
 * @example
 * ```ts
 * import type { OutboundWorkspace } from 'inbox-rules/outbound';
 * const workspace: OutboundWorkspace = { customSenderAddresses: [{ address: 'help@acme.test', forwarding: false }] };
 * ```
 * @category Outbound
 */
export interface OutboundWorkspace {
  /** The custom sender addresses set up in the workspace (OUT-3). */
  readonly customSenderAddresses: readonly CustomSenderAddress[];
}

/**
 * An existing contact (a user or lead) that recipients are matched against (OUT-6).
 *
 * @example
 * ```ts
 * import type { KnownContact } from 'inbox-rules/outbound';
 * const u1: KnownContact = { id: 'u1', email: 'u1@example.test' };
 * ```
 * @category Outbound
 */
export interface KnownContact {
  /** The contact's id. */
  readonly id: ContactId;
  /** The contact's e-mail address, or null (compared case-insensitively). */
  readonly email: string | null;
}

/**
 * Who a new outbound conversation is assigned to after it is sent (OUT-8): a teammate or a team.
 *
 * @example
 * ```ts
 * import type { OutboundAssignee } from 'inbox-rules/outbound';
 * const to: OutboundAssignee = { team: 'billing' };
 * ```
 * @category Outbound
 */
export type OutboundAssignee =
  | {
      /** The teammate to assign. */
      readonly teammate: TeammateId;
    }
  | {
      /** The team inbox to assign. */
      readonly team: TeamId;
    };

/**
 * What the composer holds before sending (OUT-1): the choices of every step before `send`.
 * There is no place for notes: they can only be added once the conversation is sent (MENTION-12,
 * OUT-10; see {@link addDraftNote}).
 *
 * @example
 * ```ts
 * import type { OutboundDraft } from 'inbox-rules/outbound';
 * const draft: OutboundDraft = { teammate: 'ana', channel: 'email', to: ['u1@example.test'], text: 'Hello!' };
 * ```
 * @category Outbound
 */
export interface OutboundDraft {
  /** The composing teammate. */
  readonly teammate: TeammateId;
  /** `'messenger'` or `'email'`. */
  readonly channel: Channel;
  /** A custom sender address (email only, OUT-3); omitted or null sends as the teammate (OUT-2). */
  readonly from?: string | null | undefined;
  /** Recipient e-mail addresses: at least one (OUT-5). */
  readonly to: readonly string[];
  /** The assignee applied after sending; omitted = the sending teammate, null = unassigned (OUT-8). */
  readonly assignTo?: OutboundAssignee | null | undefined;
  /** The message; must not be blank. */
  readonly text: string;
  /** Apps, articles and product tours inserted into the message (OUT-11). */
  readonly insertions?: readonly Insertion[] | undefined;
}

/**
 * What {@link startOutboundConversation} takes.
 *
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import type { StartOutboundConversationInput } from 'inbox-rules/outbound';
 * const input: StartOutboundConversationInput = {
 *   id: 'c9',
 *   draft: { teammate: 'ana', channel: 'email', to: ['new@example.test'], text: 'Hello!' },
 *   teammates: [createTeammate({ id: 'ana', email: 'ana@acme.test' })],
 *   contacts: [],
 *   workspace: { customSenderAddresses: [] },
 *   now: 0,
 * };
 * ```
 * @category Outbound
 */
export interface StartOutboundConversationInput {
  /** The new conversation's id. */
  readonly id: ConversationId;
  /** The composed message and its choices. */
  readonly draft: OutboundDraft;
  /** Every teammate of the workspace (their addresses can't be recipients, OUT-7). */
  readonly teammates: readonly Teammate[];
  /** The workspace's teams; needed only to assign to a team. */
  readonly teams?: readonly Team[] | undefined;
  /** The existing contacts (OUT-6). */
  readonly contacts: readonly KnownContact[];
  /** The workspace's custom sender addresses. */
  readonly workspace: OutboundWorkspace;
  /** The send time. */
  readonly now: Instant;
}

/**
 * Who the message is sent as: the composing teammate (OUT-2) or a custom address (OUT-3).
 *
 * @example
 * ```ts
 * import type { OutboundSender } from 'inbox-rules/outbound';
 * const s: OutboundSender = { type: 'teammate', teammate: 'ana' };
 * ```
 * @category Outbound
 */
export type OutboundSender =
  | {
      /** Sent as the composing teammate. */
      readonly type: 'teammate';
      /** The teammate's id. */
      readonly teammate: TeammateId;
    }
  | {
      /** Sent from a custom sender address. */
      readonly type: 'custom-address';
      /** The address as configured in the workspace. */
      readonly address: string;
    };

/**
 * A contact created for a recipient address that matched no existing contact (OUT-6); the caller
 * stores it (the workspace's `contact.created` effect).
 *
 * @example
 * ```ts
 * import type { CreatedContact } from 'inbox-rules/outbound';
 * const c: CreatedContact = { id: 'contact:new@example.test', email: 'new@example.test' };
 * ```
 * @category Outbound
 */
export interface CreatedContact {
  /** `'contact:'` followed by the lower-cased address. */
  readonly id: ContactId;
  /** The address as first written (trimmed). */
  readonly email: string;
}

/**
 * What {@link startOutboundConversation} returns.
 *
 * @example
 * ```ts
 * import type { StartedOutboundConversation } from 'inbox-rules/outbound';
 * const customers = (r: StartedOutboundConversation) => r.conversation.customers;
 * ```
 * @category Outbound
 */
export interface StartedOutboundConversation {
  /** The one new conversation, with every recipient as a customer (OUT-9). */
  readonly conversation: Conversation;
  /** Who the message was sent as. */
  readonly sender: OutboundSender;
  /** The contacts to create, in recipient order (OUT-6). */
  readonly createdContacts: readonly CreatedContact[];
  /** What the teammate should know (OUT-4, OUT-11), in a fixed order: sender, then insertions. */
  readonly warnings: readonly OutboundWarning[];
}

/**
 * What {@link addDraftNote} takes.
 *
 * @example
 * ```ts
 * import type { AddDraftNoteInput } from 'inbox-rules/outbound';
 * const input: AddDraftNoteInput = {
 *   draft: { teammate: 'ana', channel: 'email', to: ['u1@example.test'], text: 'Hello!' },
 *   teammate: 'ana',
 *   text: '@ben FYI',
 * };
 * ```
 * @category Outbound
 */
export interface AddDraftNoteInput {
  /** The unsent draft. */
  readonly draft: OutboundDraft;
  /** Who tries to add the note. */
  readonly teammate: TeammateId;
  /** The note's text. */
  readonly text: string;
}
