namespace ThammJobs.Applications.Forms;

/// <summary>Problems found in a form, by field name (the HTML input name), each a resource key with arguments.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, (string Key, object[] Args)> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    public IEnumerable<string> Fields => errors.Keys;

    /// <summary>Keeps the first problem of a field: one clear message per field.</summary>
    public void Add(string field, string key, params object[] args) => errors.TryAdd(field, (key, args));

    public bool Has(string field) => errors.ContainsKey(field);

    public (string Key, object[] Args)? For(string field) => errors.TryGetValue(field, out var error) ? error : null;
}
