using System.CommandLine;

namespace AnimLib.Cli;

/// <summary>The command-line options of the settings in <see cref="CliSettings.All"/>, shared by <c>render</c> and <c>config show</c>.</summary>
public sealed class SettingOptions
{
    private readonly List<(Setting Setting, Option Option)> _options = [];

    /// <summary>Creates one option per setting.</summary>
    public SettingOptions()
    {
        foreach (var s in CliSettings.All)
        {
            string[] aliases = s.Alias is null ? [] : [s.Alias];
            string help = s.Description + (s.DefaultText is { } d ? $" [default: {d}]" : "");
            Option option = s.IsSwitch
                ? new Option<bool>(s.Flag, aliases) { Description = help }
                : new Option<string?>(s.Flag, aliases) { Description = help, HelpName = s.HelpName };
            _options.Add((s, option));
        }
    }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Options => _options.Select(o => o.Option);

    /// <summary>The settings given on the command line, as text.</summary>
    public SettingLayer Read(ParseResult parse)
    {
        var layer = SettingLayer.CommandLine;
        foreach (var (setting, option) in _options)
        {
            if (parse.GetResult(option) is not { Implicit: false }) continue;
            layer = option is Option<bool> flag
                ? layer.With(setting, parse.GetValue(flag) ? "true" : "false")
                : layer.With(setting, parse.GetValue((Option<string?>)option));
        }
        return layer;
    }
}
