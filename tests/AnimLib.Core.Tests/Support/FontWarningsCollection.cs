namespace AnimLib.Core.Tests.Support;

/// <summary>
/// Tests that replace <c>MissingFontWarnings.Sink</c> to capture a warning: run one at a time, since the sink is one
/// process-wide setting and a warning raised by another test meanwhile would land in the wrong capture.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FontWarningsCollection
{
    public const string Name = "MissingFontWarnings.Sink";
}
