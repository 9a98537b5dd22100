using ThammJobs.Core;

namespace ThammJobs.Messaging.Outbox;

/// <summary>
/// Wakes this node's sender once this node has committed new outbox rows, so a message leaves at once instead of
/// at the next poll. The commit interceptor marks rows saved inside a transaction as pending and raises the
/// signal after the commit, when the sender can see them.
/// </summary>
public sealed class OutboxSignal : WakeUpSignal;
