namespace ThammJobs.Core.Rules;

/// <summary>
/// Wakes this node's rule runner early, e.g. after a publication was scheduled for a moment sooner than the one it
/// sleeps towards.
/// </summary>
public sealed class RulesSignal : WakeUpSignal;
