/** Who is who: staff roles from config, everybody else a customer. */
package dev.frontline.core.team;
