import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addNote, createTeammate } from '../../src/index.js';
import { addDraftNote, startOutboundConversation, type OutboundDraft } from '../../src/outbound/index.js';
import { decideRatingRequest } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const draft: OutboundDraft = { teammate: 'ana', channel: 'email', to: ['u1@example.test'], text: 'Hello' };

describe('addDraftNote', () => {
  it('MENTION-12, OUT-10: a note cannot be added while composing; the error says to send first', () => {
    expect(() => addDraftNote({ draft, teammate: 'ana', text: '@ben FYI' })).toThrow(expect.objectContaining({ code: 'note-before-send' }));
    expect(() => addDraftNote({ draft, teammate: 'ana', text: '@ben FYI' })).toThrow(/send it first/);
  });

  it('MENTION-12, OUT-10: once sent, the conversation is an ordinary open one that takes notes as usual', () => {
    const { conversation } = startOutboundConversation({
      id: 'c1', draft, teammates: [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })], contacts: [],
      workspace: { customSenderAddresses: [] }, now: T0,
    });
    expect(conversation.state).toBe('open');
    const withNote = addNote({ conversation, teammate: 'ana', text: '@ben FYI', now: T0 + 1 }).conversation;
    expect(withNote.parts.map((p) => p.type)).toEqual(['teammate-reply', 'note']);
    expect(decideRatingRequest({ conversation: withNote, now: T0 + 2 })).toEqual(decideRatingRequest({ conversation, now: T0 + 2 }));
  });

  test.prop([fc.string(), fc.string()])('MENTION-12, OUT-10: whatever the note says and whoever writes it, a draft never takes a note', (teammate, text) => {
    expect(() => addDraftNote(deepFreeze({ draft, teammate, text }))).toThrow(expect.objectContaining({ code: 'note-before-send' }));
  });

  it('rejects a malformed input', () => {
    expect(() => addDraftNote(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
