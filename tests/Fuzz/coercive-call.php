<?php

// Deliberately without strict_types: the caller's file decides whether
// internal functions juggle argument types.

return static fn (callable $function, array $arguments): mixed => $function(...$arguments);
