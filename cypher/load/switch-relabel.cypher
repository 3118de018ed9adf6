// Loader, switch 3/3: staged nodes of one label take that label and leave staging: the new
// generation is now what queries see.
// slot __LABEL__; param label: string (the same)
MATCH (s:PgStage)
WHERE s._label = $label
CALL { WITH s SET s:__LABEL__ REMOVE s:PgStage REMOVE s._label } /*IN TRANSACTIONS*/
