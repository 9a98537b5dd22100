using Microsoft.EntityFrameworkCore;

namespace ThammJobs.Core.Data;

/// <summary>
/// A module adds its entities to the one shared database model through this seam, so the host's
/// migrations cover every module without the context knowing the modules.
/// </summary>
public interface IModelContributor
{
    void Contribute(ModelBuilder modelBuilder);
}
