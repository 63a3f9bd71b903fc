using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Reporting.Web.Access;

/// <summary>Keeps the keys that protect the sign-in and form cookies in memory only: nothing is written to disk, and a
/// restart simply asks everyone to sign in again.</summary>
internal sealed class MemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
        {
            return _elements.Select(e => new XElement(e)).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            _elements.Add(new XElement(element));
        }
    }
}
