using Reporting.Web.Access;

namespace Reporting.Web.Pages;

/// <summary>What every page shows around its content: who is looking and the sign-out form's token.</summary>
/// <param name="FormToken">The anti-forgery field of the sign-out form (name, value); null when there is no sign-in.</param>
internal sealed record PageContext(Viewer Viewer, (string Name, string Value)? FormToken, DateTimeOffset Now);
