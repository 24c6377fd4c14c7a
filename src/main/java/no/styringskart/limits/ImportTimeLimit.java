package no.styringskart.limits;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import no.styringskart.importer.PaperImports;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.WriteConflictException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Bounds the time of an import at its entry point, whatever the importer does inside: each call of
 * {@link PaperImports} runs on a thread of its own and the caller gets a clear refusal when it is not done within
 * {@code styringskart.limits.import-timeout}. The importer is then interrupted, and an interrupted import writes
 * nothing: the seed loader checks before it begins its write. One import runs at a time, so an import still
 * being stopped cannot pile up others behind it.
 */
final class ImportTimeLimit implements BeanPostProcessor, DisposableBean {

	private final Duration limit;

	private final ThreadPoolExecutor imports = new ThreadPoolExecutor(0, 1, 60, TimeUnit.SECONDS,
			new SynchronousQueue<>(), Thread.ofPlatform().name("paper-import-", 1).daemon().factory());

	ImportTimeLimit(Duration limit) {
		this.limit = limit;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!(bean instanceof PaperImports)) {
			return bean;
		}
		ProxyFactory bounded = new ProxyFactory(bean);
		bounded.setProxyTargetClass(true);
		bounded.addAdvice((MethodInterceptor) this::withinLimit);
		return bounded.getProxy();
	}

	private Object withinLimit(MethodInvocation call) throws Throwable {
		Future<Object> running;
		try {
			running = this.imports.submit(() -> {
				try {
					return call.proceed();
				}
				catch (Exception | Error ex) {
					throw ex;
				}
				catch (Throwable ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			throw new WriteConflictException("another import is still running; send this one when it is done");
		}
		try {
			return running.get(this.limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			throw new BadRequestException("The import did not finish within " + describe(this.limit)
					+ " (styringskart.limits.import-timeout) and was stopped; nothing was written. Import the paper "
					+ "in parts, or raise the limit");
		}
		catch (ExecutionException ex) {
			throw ex.getCause();
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	private static String describe(Duration limit) {
		return (limit.toMillis() % 1000 == 0) ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
	}

	@Override
	public void destroy() {
		this.imports.shutdownNow();
	}

}
