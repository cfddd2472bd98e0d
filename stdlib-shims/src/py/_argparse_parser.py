"""argparse's ArgumentParser: declaring arguments and parsing a command
line by CPython 3.11's rules (how option strings are recognised, how
positionals share the words between options)."""

import os
import sys
from argparse import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER,
                      Namespace, ArgumentError, ArgumentTypeError, _ACTIONS, _action_name,
                      _UNRECOGNIZED_ARGS_ATTR)
from _argparse_format import HelpFormatter


def _nargs_pattern(action):
    """The words an action takes, as a list of (characters, min, max)
    steps over the command line's shape ('A' a value, 'O' an option, '-'
    the '--' marker); max None is unbounded."""
    nargs = action.nargs
    dash = ('-', 0, None)
    if nargs is None:
        steps = [dash, ('A', 1, 1), dash]
    elif nargs == OPTIONAL:
        steps = [dash, ('A', 0, 1), dash]
    elif nargs == ZERO_OR_MORE:
        steps = [dash, ('A-', 0, None)]
    elif nargs == ONE_OR_MORE:
        steps = [dash, ('A', 1, 1), ('A-', 0, None)]
    elif nargs == REMAINDER:
        steps = [('-AO', 0, None)]
    elif nargs == PARSER:
        steps = [dash, ('A', 1, 1), ('-AO', 0, None)]
    elif nargs == SUPPRESS:
        steps = [dash, dash]
    else:
        steps = [dash]
        for _ in range(nargs):
            steps.append(('A', 1, 1))
            steps.append(dash)
    if action.option_strings:
        steps = [(chars.replace('-', ''), lo, hi) for chars, lo, hi in steps
                 if chars.replace('-', '')]
    return steps


def _match_groups(groups, shape):
    """Greedy matching of consecutive groups of steps at the start of
    shape, as a regular expression of them would match: the length each
    group takes, or None."""
    steps = []
    for g, group in enumerate(groups):
        for chars, lo, hi in group:
            steps.append((g, chars, lo, hi))
    failed = set()

    def go(i, pos):
        if i == len(steps):
            return [0] * len(groups)
        if (i, pos) in failed:
            return None
        g, chars, lo, hi = steps[i]
        run = 0
        limit = len(shape) - pos if hi is None else min(hi, len(shape) - pos)
        while run < limit and shape[pos + run] in chars:
            run += 1
        count = run
        while count >= lo:
            rest = go(i + 1, pos + count)
            if rest is not None:
                rest[g] += count
                return rest
            count -= 1
        failed.add((i, pos))
        return None
    return go(0, 0)


class _Container:
    """What parsers and argument groups share: add_argument."""

    def _make_action(self, args, kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, (str, type(None))) else action_name
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        return action

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (first,))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def add_argument(self, *args, **kwargs):
        action = self._make_action(args, kwargs)
        return self._add_action(action)

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self._parser(), title, description)
        self._parser()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._parser()._mutually_exclusive_groups.append(group)
        return group


class _ArgumentGroup(_Container):
    """A titled section of arguments in the help."""

    __module__ = 'argparse'

    def __init__(self, parser, title=None, description=None):
        self._owner = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def _parser(self):
        return self._owner

    def __getattr__(self, name):
        if name in ('prefix_chars', 'argument_default', '_defaults'):
            return getattr(self._owner, name)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _add_action(self, action):
        self._owner._register(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or exactly one) may be given."""

    __module__ = 'argparse'

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container._parser())
        self._container = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_Container):
    """Declares the arguments of a program and parses its command line."""

    __module__ = 'argparse'

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('taipan: argparse fromfile_prefix_chars is not supported')
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        self._has_negative_number_optionals = []
        self._subparsers = None
        self._positionals = _ArgumentGroup(self, 'positional arguments')
        self._optionals = _ArgumentGroup(self, 'options')
        self._action_groups = [self._positionals, self._optionals]
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _ACTIONS['help']):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return 'ArgumentParser(%s)' % ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)

    def _parser(self):
        return self

    # -- declaring

    def _register(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                if self.conflict_handler == 'resolve':
                    self._remove_option(option_string)
                    continue
                conflicting = [o for o in action.option_strings if o in self._option_string_actions]
                raise ArgumentError(action, 'conflicting option string%s: %s'
                                    % ('s' if len(conflicting) > 1 else '', ', '.join(conflicting)))
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _looks_negative(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)

    def _remove_option(self, option_string):
        old = self._option_string_actions.pop(option_string)
        old.option_strings.remove(option_string)
        if not old.option_strings:
            self._actions.remove(old)
            for group in self._action_groups:
                if old in group._group_actions:
                    group._group_actions.remove(old)

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_subparsers(self, **kwargs):
        """The sub-command argument, whose add_parser() makes a parser per
        sub-command."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_name = kwargs.pop('action', 'parsers')
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, str) else action_name
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if not self.exit_on_error:
            namespace, extras = _Parse(self, args, namespace).run()
        else:
            try:
                namespace, extras = _Parse(self, args, namespace).run()
            except ArgumentError as err:
                self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def _parse_optional(self, arg_string):
        """(action, option string, explicit value) for a word that is an
        option (action None: unknown), or None for a value."""
        chars = self.prefix_chars
        if not arg_string or arg_string[0] not in chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        tuples = self._option_tuples(arg_string)
        if len(tuples) > 1:
            options = ', '.join([option_string for _, option_string, _ in tuples])
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        elif len(tuples) == 1:
            return tuples[0]
        if _looks_negative(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, explicit_arg = option_string.split('=', 1)
                else:
                    prefix, explicit_arg = option_string, None
                for known, action in self._option_string_actions.items():
                    if known.startswith(prefix):
                        result.append((action, known, explicit_arg))
        elif option_string[0] in chars:
            short_prefix = option_string[:2]
            short_explicit = option_string[2:]
            for known, action in self._option_string_actions.items():
                if known == short_prefix:
                    result.append((action, known, short_explicit))
                elif known.startswith(option_string):
                    result.append((action, known, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda s: s)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER] and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            if action.nargs == PARSER:
                self._check_value(action, value[0])
            else:
                for v in value:
                    self._check_value(action, v)
        return value

    # -- output

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        (sys.stdout if file is None else file).write(self.format_usage())

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _looks_negative(text):
    """Whether text looks like a negative number ('-1', '-.5', '-2.5')."""
    if not text.startswith('-') or len(text) < 2:
        return False
    body = text[1:]
    if body.isdigit() and body.isascii():
        return True
    head, dot, tail = body.partition('.')
    return dot == '.' and (head == '' or (head.isdigit() and head.isascii())) and \
        tail != '' and tail.isdigit() and tail.isascii()


class _Parse:
    """One run of the parser over a command line."""

    def __init__(self, parser, args, namespace):
        self.parser = parser
        self.args = args
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                others = group._group_actions[:i] + group._group_actions[i + 1:]
                self.conflicts.setdefault(id(action), []).extend(others)
        self.option_at = {}
        shape = []
        words = iter(enumerate(args))
        for i, word in words:
            if word == '--':
                shape.append('-')
                for i, word in words:
                    shape.append('A')
                break
            found = parser._parse_optional(word)
            if found is None:
                shape.append('A')
            else:
                self.option_at[i] = found
                shape.append('O')
        self.shape = ''.join(shape)
        self.positionals = [a for a in parser._actions if not a.option_strings]

    def take(self, action, words, option_string=None):
        self.seen.add(id(action))
        values = self.parser._get_values(action, words)
        if values is not action.default:
            self.seen_non_default.add(id(action))
            for other in self.conflicts.get(id(action), []):
                if id(other) in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def match_argument(self, action, shape):
        counts = _match_groups([_nargs_pattern(action)], shape)
        if counts is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
            raise ArgumentError(action, msg)
        return counts[0]

    def consume_optional(self, start):
        action, option_string, explicit_arg = self.option_at[start]
        done = []
        while True:
            if action is None:
                self.extras.append(self.args[start])
                return start + 1
            if explicit_arg is not None:
                count = self.match_argument(action, 'A')
                chars = self.parser.prefix_chars
                if count == 0 and option_string[1] not in chars and explicit_arg != '':
                    done.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    rest = explicit_arg[1:] or None
                    known = self.parser._option_string_actions
                    if option_string in known:
                        action = known[option_string]
                        explicit_arg = rest
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                elif count == 1:
                    stop = start + 1
                    done.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
            else:
                first = start + 1
                count = self.match_argument(action, self.shape[first:])
                stop = first + count
                done.append((action, self.args[first:stop], option_string))
                break
        for action, words, option_string in done:
            self.take(action, words, option_string)
        return stop

    def consume_positionals(self, start):
        counts = None
        for n in range(len(self.positionals), 0, -1):
            counts = _match_groups([_nargs_pattern(a) for a in self.positionals[:n]],
                                   self.shape[start:])
            if counts is not None:
                break
        if not counts:
            return start
        for action, count in zip(self.positionals, counts):
            words = self.args[start:start + count]
            start += count
            self.take(action, words)
        self.positionals = self.positionals[len(counts):]
        return start

    def run(self):
        option_indices = sorted(self.option_at)
        last_option = option_indices[-1] if option_indices else -1
        start = 0
        while start <= last_option:
            next_option = min([i for i in option_indices if i >= start])
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.option_at:
                self.extras.extend(self.args[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.args[stop:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        required = []
        for action in parser._actions:
            if id(action) in self.seen:
                continue
            if action.required:
                required.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if required:
            parser.error('the following arguments are required: %s' % ', '.join(required))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(id(a) in self.seen_non_default
                                          for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
