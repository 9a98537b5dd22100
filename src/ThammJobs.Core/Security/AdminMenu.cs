namespace ThammJobs.Core.Security;

/// <summary>One entry of the back-office menu; shown to those who hold <see cref="Permission"/> (null: all staff).</summary>
public sealed record AdminMenuItem(string TextFr, string TextAr, Func<string, string> Url, Permission? Permission, int Order)
{
    public string Text(string culture) => culture == "ar" ? TextAr : TextFr;
}

/// <summary>A module's entries in the back-office menu.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> Items { get; }
}
