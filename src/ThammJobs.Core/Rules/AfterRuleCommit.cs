namespace ThammJobs.Core.Rules;

/// <summary>
/// Work a rule may only do once its transaction has committed, such as deleting files whose rows the run removed:
/// a run rolled back (lease lost, error) must not leave rows pointing at deleted files. Scoped: a rule adds actions
/// during <see cref="IBackgroundRule.RunAsync"/>; the runner performs them after the commit, and drops them otherwise.
/// </summary>
public sealed class AfterRuleCommit
{
    private readonly List<Action> actions = [];

    public void Add(Action action) => actions.Add(action);

    /// <summary>Runs every action; one failing does not stop the others (what is left is swept later).</summary>
    internal IReadOnlyList<Exception> Run()
    {
        var errors = new List<Exception>();
        foreach (var action in actions)
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                errors.Add(exception);
            }
        }

        actions.Clear();
        return errors;
    }
}
