// The module the script-tag loader imports when <irev-registration-form> or a `data-irev-widget="registration-form"`
// mount point appears.
import '../../core/jitless.js';
import { define } from '../../core/base-element.js';
import { IrevRegistrationForm } from './registration-form.js';

define('irev-registration-form', IrevRegistrationForm);
