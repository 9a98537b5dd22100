namespace ThammJobs.Content.Services;

/// <summary>
/// One problem with a content: the path of its field (<c>documents[0].label.ar</c>), a code the back office
/// turns into a message in the editor's language (<c>Editor.Error.{Code}</c>, with <see cref="Args"/>), and the
/// French message recipes print.
/// </summary>
public sealed record ContentProblem(string Field, string Code, string Message, params object[] Args);

/// <summary>
/// How complete a content must be. A draft may be unfinished (a translation half done, no deadline yet) but what
/// it holds must be well formed; what is published must be complete.
/// </summary>
public enum ValidationLevel
{
    Draft,
    Publish,
}
