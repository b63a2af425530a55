// `import 'irev-widgets/registration-form'`: defines <irev-registration-form> alone; the host's zod configuration is left as it is.
import { define } from '../core/base-element.js';
import { IrevRegistrationForm } from '../components/registration-form/registration-form.js';

define('irev-registration-form', IrevRegistrationForm);
